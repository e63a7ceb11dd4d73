"""Framework-neutral knowledge: NumPy, pandas, scikit-learn and SciPy.

These decide how labels are encoded before they reach any framework, and how predictions are
decoded after it. Each framework's own spellings of the same operations (``torch.argmax``,
``tf.one_hot``) are rows of its own tables, handled by the same mechanics.
"""

from __future__ import annotations

from ...facts import Dtype
from ..specs import (
    ActivationFunction, ArrayApi, Encoder, LabelSource, MetricFunction, OneHot, RandomIntegers,
    Slot,
)

# NumPy dtype spellings (``astype("int64")``, ``np.float32``, ``int``) -> canonical dtype.
NUMPY_DTYPES: dict[str, Dtype] = {
    **{name: "int64" for name in ("int64", "int", "long", "int_", "intp", "i8")},
    **{name: "int32" for name in ("int32", "i4", "intc")},
    **{name: "uint8" for name in ("uint8", "u1", "ubyte")},
    **{name: "bool" for name in ("bool", "bool_")},
    **{name: "float" for name in ("float32", "float64", "float", "float16", "double", "single",
                                  "f4", "f8", "float_")},
}
# NumPy's scalar types, which convert an array when called (np.int32(y)); jax.numpy's too.
SCALAR_TYPES = ("int64", "int32", "uint8", "bool_", "float32", "float64", "float16")
# NumPy's names and the builtins that name a dtype.
DTYPES: dict[str, Dtype] = {
    **{f"numpy.{name}": dtype for name, dtype in NUMPY_DTYPES.items()},
    **{f"builtins.{name}": dtype for name, dtype in NUMPY_DTYPES.items()
       if name in ("int", "float", "bool")},
}

# Methods that keep what an array *is* (its encoding, or the head it came from).
PASSTHROUGH_METHODS = frozenset({
    "astype", "reshape", "squeeze", "ravel", "flatten", "copy", "numpy", "to_numpy", "toarray",
    "todense", "view", "unsqueeze", "tolist",
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
    filled_like=frozenset({"numpy.zeros_like", "numpy.ones_like"}),
    # SciPy's, on NumPy predictions (a Hugging Face compute_metrics): softmax(x, axis=None)
    # normalises over every entry when no axis is given.
    activations={
        "scipy.special.softmax": ActivationFunction("softmax", ("x",), Slot(1, "axis"),
                                                    default_axis=None, differentiable=False),
        "scipy.special.log_softmax": ActivationFunction(
            "log_softmax", ("x",), Slot(1, "axis"), default_axis=None, differentiable=False),
        "scipy.special.expit": ActivationFunction("sigmoid", ("x",), differentiable=False),
    },
    log=frozenset({"numpy.log"}),
    exp=frozenset({"numpy.exp"}),
    argmax=frozenset({"numpy.argmax"}),
    round=frozenset({"numpy.round", "numpy.around", "numpy.rint", "builtins.round"}),
    greater=frozenset({"numpy.greater", "numpy.greater_equal"}),
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
    one_hot={"pandas.get_dummies": OneHot(Slot(0, "data"), None, drop_first="drop_first")},
    # (and NumPy's Generator: rng = np.random.default_rng(0); rng.integers(0, 10, size=n))
    random_integers={name: RandomIntegers((Slot(2, "size"),), low=Slot(0, "low"),
                                          high=Slot(1, "high"))
                     for name in ("numpy.random.randint", "numpy.random.Generator.integers")},
    new_axis=frozenset({"numpy.newaxis"}),  # x[:, np.newaxis] is x[:, None]
    eye=frozenset({"numpy.eye", "numpy.identity"}),
    aranges=frozenset({"numpy.arange"}),
    stacks={"numpy.hstack": "vectors", "numpy.vstack": "matrices",
            "numpy.row_stack": "matrices"},
    stacked={"numpy.stack": (Slot(0, "arrays"), Slot(1, "axis"), 0)},
    where=frozenset({"numpy.where"}),
    concatenate={"numpy.concatenate": (Slot(0, "arrays"), Slot(1, "axis"), 0)},
    # Arrays of a known shape: thresholded, random scores are multi-hot targets.
    weights={"numpy.random.rand": None, "numpy.random.randn": None,
             "numpy.random.random": Slot(0, "size"), "numpy.random.uniform": Slot(2, "size"),
             "numpy.random.random_sample": Slot(0, "size"), "numpy.zeros": Slot(0, "shape"),
             "numpy.ones": Slot(0, "shape")},
    filled=frozenset({"numpy.zeros", "numpy.ones"}),
    dtype_calls={f"numpy.{name}": NUMPY_DTYPES[name] for name in SCALAR_TYPES},
)

# Calls that return an object of the library, whose methods are then its API by name
# (``rng.integers`` is ``numpy.random.Generator.integers``).
LIBRARY_OBJECTS = {"numpy.random.default_rng": "numpy.random.Generator"}

# scikit-learn encoders: what transform()/fit_transform() return.
ENCODERS: dict[str, Encoder] = {
    "sklearn.preprocessing.LabelEncoder": Encoder("index", "int64"),
    "sklearn.preprocessing.OneHotEncoder": Encoder("onehot", "float"),
    "sklearn.preprocessing.MultiLabelBinarizer": Encoder("multihot", "int64"),
    "sklearn.preprocessing.LabelBinarizer": Encoder("onehot", "int64", column_for_two=True),
}
ENCODER_METHODS = frozenset({"fit_transform", "transform"})
# Encoders told their classes (then fitted on data, they keep them): by keyword.
ONE_HOT_CATEGORIES = "categories"  # OneHotEncoder(categories=[[...]]): a list per feature
ENCODER_CLASSES = {"sklearn.preprocessing.MultiLabelBinarizer": "classes",
                   "sklearn.preprocessing.OneHotEncoder": ONE_HOT_CATEGORIES}

SPLITTERS = frozenset({"sklearn.model_selection.train_test_split"})

# scikit-learn's metrics of probabilities (its ranking metrics, roc_auc_score, read any score):
# log_loss clips what it is given into (0, 1), brier_score_loss refuses anything outside.
METRIC_CALLS = {
    "sklearn.metrics.log_loss": MetricFunction("log_loss", Slot(1, "y_pred"), options=False),
    "sklearn.metrics.brier_score_loss": MetricFunction("brier_score", Slot(1, "y_proba"),
                                                       options=False),
}

# scikit-learn's datasets: what their targets are. Loaders return a Bunch (``.target``, or
# ``(X, y)`` with ``return_X_y=True``); generators return ``(X, y)``.
_SK = "sklearn.datasets."
_CATEGORIES = Slot(-1, "categories")  # fetch_20newsgroups(categories=[...]): fewer classes
DATASETS: dict[str, LabelSource] = {
    _SK + "load_iris": LabelSource("index", 3),
    _SK + "load_wine": LabelSource("index", 3),
    _SK + "load_digits": LabelSource("index", 10, Slot(0, "n_class")),
    _SK + "load_breast_cancer": LabelSource("index", 2),
    _SK + "fetch_covtype": LabelSource("index", 7, one_based=True),  # cover types 1..7
    _SK + "fetch_olivetti_faces": LabelSource("index", 40),
    _SK + "fetch_lfw_people": LabelSource("index"),
    _SK + "fetch_20newsgroups": LabelSource("index", 20, _CATEGORIES),
    _SK + "fetch_20newsgroups_vectorized": LabelSource("index", 20),
    _SK + "fetch_rcv1": LabelSource("multihot", 103, rank=2),
    _SK + "make_classification": LabelSource("index", 2, Slot(-1, "n_classes"), returns="pair"),
    _SK + "make_blobs": LabelSource("index", 3, Slot(-1, "centers"), returns="pair"),
    _SK + "make_gaussian_quantiles": LabelSource("index", 3, Slot(-1, "n_classes"),
                                                 returns="pair"),
    _SK + "make_moons": LabelSource("index", 2, returns="pair"),
    _SK + "make_circles": LabelSource("index", 2, returns="pair"),
    _SK + "make_multilabel_classification": LabelSource(
        "multihot", 5, Slot(2, "n_classes"), rank=2, returns="pair"),
}

# pandas: what loads or builds a table; table methods that keep its columns (rows dropped,
# shuffled, columns removed); the indexers; what numbers a column's values.
FRAME_SOURCES = frozenset({f"pandas.{name}" for name in (
    "read_csv", "read_excel", "read_table", "read_json", "read_parquet", "read_pickle",
    "read_feather", "read_sql", "read_sql_query", "read_sql_table", "read_fwf", "DataFrame")})
FRAME_CONCATENATION = "pandas.concat"
# NumPy's text loaders: a float matrix whose columns are read by position (data[:, -1]).
MATRIX_SOURCES = frozenset({"numpy.loadtxt", "numpy.genfromtxt"})
FRAME_METHODS = frozenset({"dropna", "fillna", "sample", "reset_index", "drop", "copy", "head",
                           "tail", "query", "sort_values", "sort_index", "drop_duplicates",
                           "astype", "infer_objects", "convert_dtypes", "merge", "join",
                           "set_index", "reindex", "assign", "rename"})
FRAME_INDEXERS = frozenset({"iloc", "loc"})
# The table as a matrix: an attribute, or methods.
FRAME_MATRIX = "values"
FRAME_MATRIX_METHODS = frozenset({"to_numpy", "as_matrix"})
# A DataFrame's own attributes and methods (pandas 3.1, and older names); any other attribute
# is a column: `df.target`.
FRAME_API = frozenset((
    "T abs add add_prefix add_suffix agg aggregate align all any append apply applymap as_matrix "
    "asfreq asof assign astype at at_time attrs axes backfill between_time bfill bool boxplot cat "
    "clip columns combine combine_first compare convert_dtypes copy corr corrwith count cov "
    "cummax cummin cumprod cumsum describe diff div divide dot drop drop_duplicates droplevel "
    "dropna dt dtypes duplicated empty eq equals eval ewm expanding explode ffill fillna filter "
    "first_valid_index flags floordiv from_arrow from_dict from_records ge get get_values groupby "
    "gt head hist iat idxmax idxmin iloc index infer_objects info insert interpolate isetitem "
    "isin isna isnull items iteritems iterrows itertuples ix join keys kurt kurtosis "
    "last_valid_index le loc lookup lt mad map mask max mean median melt memory_usage merge min "
    "mod mode mul multiply ndim ne nlargest notna notnull nsmallest nunique pad pct_change pipe "
    "pivot pivot_table plot pop pow prod product quantile query radd rank rdiv reindex "
    "reindex_like rename rename_axis reorder_levels replace resample reset_index rfloordiv rmod "
    "rmul rolling round rpow rsub rtruediv sample select select_dtypes sem set_axis set_flags "
    "set_index shape shift size skew slice_shift sort_index sort_values sparse squeeze stack std "
    "str style sub subtract sum swaplevel tail take to_clipboard to_csv to_dict to_excel "
    "to_feather to_hdf to_html to_iceberg to_json to_latex to_markdown to_numpy to_orc to_parquet "
    "to_period to_pickle to_records to_sql to_stata to_string to_timestamp to_xarray to_xml "
    "transform transpose truediv truncate tshift tz_convert tz_localize unstack update "
    "value_counts values var where xs "
).split())
FRAME_COLUMN_METHODS = {"pop": Slot(0, "item")}  # methods that return one column
LABEL_MAPS = frozenset({"map", "replace"})  # with a dict of class numbers
FACTORIZE = frozenset({"pandas.factorize"})
CATEGORICAL = "pandas.Categorical"  # pd.Categorical(df["label"]).codes: numbers from 0
FACTORIZE_METHODS = frozenset({"factorize"})
# Column methods that give a row mask (df[df["text"].notna()]: some rows of the table).
# Where a mask holds: an array of positions, or a tuple of them (one per axis).
MASK_POSITIONS = frozenset({"numpy.flatnonzero", "numpy.argwhere", "numpy.nonzero",
                            "torch.nonzero", "torch.argwhere"})
MASK_POSITION_TUPLES = frozenset({"numpy.nonzero"})
MASK_METHODS = frozenset({"notna", "notnull", "isna", "isnull", "isin", "between",
                          "duplicated"})
CATEGORY_ATTRIBUTES = frozenset({"cat", "codes"})  # y.astype("category").cat.codes
TAG_LISTS = "pandas.tag_lists"  # df["tags"].str.split("|"): a list of tags a row

# Hugging Face datasets: load_dataset(path, name) is a table of columns (a dict of them by split
# without split=); the label columns of well-known data sets (the path without its owner, and
# ":config") and their class counts. Methods that keep the table.
HF_LOAD = frozenset({"datasets.load_dataset"})
# A Hugging Face dataset made of the user's own columns: where they are given.
HF_TABLES = {"datasets.Dataset.from_dict": Slot(0, "mapping"),
             "datasets.Dataset.from_pandas": Slot(0, "df")}
HF_LABELS: dict[str, dict[str, int]] = {
    "imdb": {"label": 2}, "rotten_tomatoes": {"label": 2}, "ag_news": {"label": 4},
    "emotion": {"label": 6}, "yelp_review_full": {"label": 5}, "yelp_polarity": {"label": 2},
    "amazon_polarity": {"label": 2}, "dbpedia_14": {"label": 14}, "banking77": {"label": 77},
    "sst2": {"label": 2}, "glue:sst2": {"label": 2}, "glue:mnli": {"label": 3},
    "glue:qnli": {"label": 2}, "glue:rte": {"label": 2}, "glue:mrpc": {"label": 2},
    "glue:qqp": {"label": 2}, "glue:cola": {"label": 2}, "trec": {"coarse_label": 6,
                                                                   "fine_label": 50},
    "mnist": {"label": 10}, "fashion_mnist": {"label": 10}, "cifar10": {"label": 10},
    "cifar100": {"fine_label": 100, "coarse_label": 20}, "beans": {"labels": 3},
    "food101": {"label": 101},
}
HF_METHODS = frozenset({"filter", "shuffle", "select", "with_format", "sort", "flatten",
                        "remove_columns", "with_transform"})
# A column of class numbers (ClassLabel): made of names by these methods; str2int numbers names.
HF_CLASS_LABEL = "datasets.ClassLabel"
HF_CAST_COLUMN = "cast_column"
HF_CLASS_ENCODING = frozenset({"class_encode_column", HF_CAST_COLUMN})
HF_NUMBERING, HF_CLASS_COUNT = "str2int", "num_classes"
HF_SPLITTING = frozenset({"train_test_split"})  # a dict of tables by split name

# Conversions that take the dtype second, by position too (tf.cast(y, tf.float32),
# np.asarray(y, np.int64)); the others of the passthrough tables take it only as dtype=.
DTYPE_SECOND = frozenset({"tensorflow.cast", "tensorflow.convert_to_tensor", "numpy.asarray",
                          "numpy.array", "torch.as_tensor", "jax.numpy.asarray",
                          "jax.numpy.array"})
# The option that keeps a reduced axis, of length 1 (torch's, NumPy's and JAX's spellings).
KEEPDIMS = frozenset({"keepdim", "keepdims"})
# argparse: the parser; the methods that parse (parse_known_args: (namespace, the rest)); the
# defaults of flag actions.
ARGUMENT_PARSER = "argparse.ArgumentParser"
# Objects whose attributes are the keywords they are built with (a config built by hand, a
# graph of PyTorch Geometric: Data(x=..., y=labels).y).
NAMESPACES = frozenset({"types.SimpleNamespace", "argparse.Namespace",
                        "torch_geometric.data.Data"})
# Configs whose fields are a dict's keys, read as attributes or items (ml_collections',
# OmegaConf's), and where that dict is given; a dict among the values is a config too.
CONFIG_DICTS: dict[str, Slot] = {
    **{f"ml_collections.{path}{name}": Slot(0, "initial_dictionary")
       for path in ("", "config_dict.") for name in ("ConfigDict", "FrozenConfigDict")},
    "omegaconf.OmegaConf.create": Slot(0, "obj"),
    "omegaconf.DictConfig": Slot(0, "content"),
}
NAMESPACE_MOVES = frozenset({"to", "cuda", "cpu", "pin_memory"})  # (a Data to a device)

# Reinforcement-learning environments, and what their methods return (how many values, the
# observation first).
ENVIRONMENT_MAKERS = frozenset({"gym.make", "gymnasium.make"})
ENVIRONMENT = "gymnasium.Env"
ENVIRONMENT_STEPS = {"reset": 2, "step": 5}
PARSE_METHODS = frozenset({"parse_args", "parse_known_args", "parse_intermixed_args"})
PARSE_KNOWN_METHODS = frozenset({"parse_known_args"})
FLAG_ACTIONS = {"store_true": False, "store_false": True}

# Reductions as methods: ``term.mean()``.
REDUCTION_METHODS = frozenset({"sum", "mean"})
# Reductions of a comparison that count or test rather than decide: ``(probs > 0.5).any(1)``.
COUNTING_METHODS = frozenset({"any", "all", "sum", "count_nonzero"})
# ``probs.gt(0.5)``: a comparison with a bound spelled as a method (torch's, pandas').
GREATER_METHODS = frozenset({"gt", "ge", "greater", "greater_equal"})

# Dataset methods that keep what a dataset yields (tf.data, which Keras' loaders return too).
DATASET_METHODS = frozenset({"batch", "shuffle", "prefetch", "cache", "repeat", "take", "skip",
                             "unbatch", "padded_batch", "with_options", "rebatch",
                             # TF1 iterators over it, which yield what it yields
                             "make_one_shot_iterator", "make_initializable_iterator",
                             "as_numpy_iterator"})
# An iterator's next batch.
DATASET_NEXT = frozenset({"get_next"})

LABEL_BINARIZE = "sklearn.preprocessing.label_binarize"
# A continuous value cut into classes (with labels=False, or numbered labels).
CUT, QCUT, DIGITIZE = "pandas.cut", "pandas.qcut", "numpy.digitize"
SELECT = "numpy.select"  # np.select(conditions, [0, 1], default=2): class numbers by condition
UNIQUE = "numpy.unique"  # with return_inverse=True, each sample's class number

# Iterables that yield what they wrap: progress bars.
PASSTHROUGH_ITERABLES = frozenset({"tqdm.tqdm", "tqdm.auto.tqdm", "tqdm.notebook.tqdm"})

# The fused log of an activation (log(softmax(x)) underflows where log_softmax(x) does not).
FUSED_LOGS = {"softmax": "log_softmax", "sigmoid": "log_sigmoid"}
LARGEST_EPSILON = 1e-3  # `probs + 1e-8` before a log is still the probabilities
# Dataset.map(function, with_indices, with_rank, input_columns, batched=False): batched=True
# runs the function on batches, else on one record at a time.
HF_MAP_BATCHED = Slot(4, "batched")
ZIPPED_PAIRS = "tensorflow.data.Dataset.zip pairs"  # Dataset.zip of (x, y) datasets
ELEMENTWISE_METHODS = frozenset({"apply", "map"})  # of a column: a function on each value
