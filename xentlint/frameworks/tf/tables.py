"""Raw TensorFlow knowledge as tables, keyed by canonical qualified name: ``tf.nn`` losses
and activations, TF1's ``tf.losses`` and ``tf.layers``, graph-mode heads (``tf.matmul(x, W) +
b``), and the array helpers.

``tf.compat.v1.*`` and ``tf.math.*`` fold into ``tensorflow.*`` before lookup; TF2's
``tf.losses`` is Keras' (the Keras row folds it), TF1's loss functions keep their names (the
registry's spellings). Keras (``tf.keras``) is its own framework; this is TensorFlow outside it.
"""

from __future__ import annotations

from ...facts import Dtype, Expects, Family
from ..specs import (
    ActivationFunction, ArrayApi, LayerFunction, LayerSpec, LossSpec, MetricFunction, OneHot, Slot,
)

# --- losses -----------------------------------------------------------------------------------

_ONEHOT_FORMS = {
    "tensorflow.nn": "`tf.nn.softmax_cross_entropy_with_logits` for one-hot targets",
    "tensorflow.losses": "`tf.losses.softmax_cross_entropy` for one-hot targets",
}
_INDEX_FORMS = {
    "tensorflow.nn": "`tf.nn.sparse_softmax_cross_entropy_with_logits`",
    "tensorflow.losses": "`tf.losses.sparse_softmax_cross_entropy`",
}
_LOGITS_FORM = "`tf.nn.sigmoid_cross_entropy_with_logits` (or `tf.losses.sigmoid_cross_entropy`)"


def _loss(qualname: str, family: Family, expects: Expects | None, labels: str = "labels",
          prediction: str = "logits", options: tuple[str, ...] = (),
          order_changed: bool = False) -> tuple[str, LossSpec]:
    """A TensorFlow loss function: ``(labels, logits)``, labels first. Each checks that the
    labels' shape fits the logits'; TF1's ``tf.losses`` first squeezes (N, 1) class indices."""
    namespace, api = qualname.rsplit(".", 1)
    return qualname, LossSpec(
        api=api, family=family, framework="tf", kind="function", expects=expects,
        labels=Slot(0, labels), prediction=Slot(1, prediction), options=options,
        logits_form=_LOGITS_FORM if expects == "probs" else None,
        onehot_form=_ONEHOT_FORMS.get(namespace) if family == "sparse" else None,
        index_form=_INDEX_FORMS.get(namespace) if family == "categorical" else None,
        labels_reported_at="call", mismatched_targets="raise",
        squeezes_index_column=namespace == "tensorflow.losses",
        multilabel_form="`tf.nn.sigmoid_cross_entropy_with_logits` on the raw outputs",
        positional_order_changed=order_changed)


# TF1's loss functions (tf.losses in TF 1.x, tf.compat.v1.losses since) keep their names; the
# rest of tf.losses is Keras' (the registry's spellings, checked by tests/test_frameworks.py).
LOSS_FUNCTIONS: dict[str, LossSpec] = dict([
    # (TF 0.x took these as (logits, labels); 1.x only by keyword; 2.x as (labels, logits))
    _loss("tensorflow.nn.softmax_cross_entropy_with_logits", "categorical", "logits",
          options=("axis",), order_changed=True),
    _loss("tensorflow.nn.softmax_cross_entropy_with_logits_v2", "categorical", "logits",
          options=("axis",), order_changed=True),
    _loss("tensorflow.nn.sparse_softmax_cross_entropy_with_logits", "sparse", "logits",
          order_changed=True),
    _loss("tensorflow.nn.sigmoid_cross_entropy_with_logits", "binary", "logits",
          order_changed=True),
    _loss("tensorflow.nn.weighted_cross_entropy_with_logits", "binary", "logits"),
    _loss("tensorflow.losses.softmax_cross_entropy", "categorical", "logits",
          labels="onehot_labels"),
    _loss("tensorflow.losses.sparse_softmax_cross_entropy", "sparse", "logits"),
    _loss("tensorflow.losses.sigmoid_cross_entropy", "binary", "logits",
          labels="multi_class_labels"),
    _loss("tensorflow.losses.log_loss", "binary", "probs", prediction="predictions"),
    *(_loss(f"tensorflow.losses.{name}", "regression", None, prediction="predictions")
      for name in ("mean_squared_error", "absolute_difference", "huber_loss",
                   "mean_pairwise_squared_error", "cosine_distance")),
    _loss("tensorflow.losses.hinge_loss", "other", None),
])

# --- layers and heads -------------------------------------------------------------------------

LAYERS: dict[str, LayerSpec] = {
    "tensorflow.layers.Dense": LayerSpec("dense", units=Slot(0, "units"),
                                         activation_arg=Slot(1, "activation")),
}

_AXIS = Slot(1, "axis")
_INPUTS = ("x", "logits")
# TF1's streaming metrics: tf.metrics.auc asserts its predictions are in [0, 1].
METRIC_CALLS = {"tensorflow.metrics.auc": MetricFunction("auc", Slot(1, "predictions"),
                                                         options=False)}
# The ops (Softmax, Sigmoid) whose input Keras' cross-entropies read back in a graph.
_GRAPH_OPS = frozenset({"nn.softmax", "softmax", "sigmoid", "nn.sigmoid"})

ARRAYS = ArrayApi(
    filled_like=frozenset({"tensorflow.zeros_like", "tensorflow.ones_like"}),
    stacked={"tensorflow.stack": (Slot(0, "values"), Slot(1, "axis"), 0)},
    where=frozenset({"tensorflow.where"}),
    concatenate={"tensorflow.concat": (Slot(0, "values"), Slot(1, "axis"), None)},
    # Activation functions (callable on tensors, or passed as ``activation=`` to a Keras layer).
    activations={
        f"tensorflow.{name}": ActivationFunction(
            activation, _INPUTS, _AXIS, graph_op=name in _GRAPH_OPS)
        for name, activation in (
            ("nn.softmax", "softmax"), ("softmax", "softmax"), ("nn.log_softmax", "log_softmax"),
            ("sigmoid", "sigmoid"), ("nn.sigmoid", "sigmoid"), ("log_sigmoid", "log_sigmoid"),
            ("nn.relu", "relu"), ("nn.tanh", "tanh"), ("tanh", "tanh"), ("nn.elu", "elu"),
            ("nn.selu", "selu"), ("nn.softplus", "softplus"), ("nn.leaky_relu", "leaky_relu"),
            ("nn.relu6", "relu6"), ("nn.gelu", "gelu"), ("nn.swish", "swish"),
            ("nn.silu", "silu"),
        )
    },
    log=frozenset({"tensorflow.log"}),
    exp=frozenset({"tensorflow.exp"}),
    argmax=frozenset({"tensorflow.argmax"}),
    round=frozenset({"tensorflow.round"}),
    greater=frozenset({"tensorflow.greater", "tensorflow.greater_equal", "tensorflow.math.greater",
                       "tensorflow.math.greater_equal"}),
    passthrough=frozenset({
        "tensorflow.convert_to_tensor", "tensorflow.cast",
        "tensorflow.squeeze", "tensorflow.expand_dims", "tensorflow.reshape",
        "tensorflow.identity", "tensorflow.stop_gradient",
        "tensorflow.nn.dropout", "tensorflow.nn.bias_add", "tensorflow.to_float",
        "tensorflow.to_int64", "tensorflow.to_int32",
        # (rows reordered: mixup's partner batch, tf.reverse(labels, [0]))
        "tensorflow.reverse", "tensorflow.random.shuffle",
    }),
    transpose=frozenset({"tensorflow.transpose"}),
    aranges=frozenset({"tensorflow.range"}),
    clip=frozenset({"tensorflow.clip_by_value"}),
    reduction=frozenset({"tensorflow.reduce_sum", "tensorflow.reduce_mean"}),
    logsumexp=frozenset({"tensorflow.reduce_logsumexp"}),
    one_hot={"tensorflow.one_hot": OneHot(Slot(0, "indices"), Slot(1, "depth"))},
    new_axis=frozenset({"tensorflow.newaxis"}),
    # graph-mode heads: tf.matmul(x, W) + b, tf.nn.xw_plus_b(x, W, b)
    samplers={"tensorflow.random.categorical": Slot(0, "logits"),
              "tensorflow.random.stateless_categorical": Slot(0, "logits"),
              "tensorflow.multinomial": Slot(0, "logits")},
    matmul=frozenset({"tensorflow.matmul", "tensorflow.linalg.matmul",
                      "tensorflow.nn.xw_plus_b"}),
    traced=frozenset({"tensorflow.function"}),
    operators={f"tensorflow.{path}{name}": sign for path in ("", "math.")
               for name, sign in (("add", "+"), ("subtract", "-"), ("multiply", "*"),
                                  ("divide", "/"))},
    weights={
        "tensorflow.Variable": Slot(0, "initial_value"),
        "tensorflow.constant": Slot(2, "shape"),  # tf.constant(0.1, shape=[10]): a bias
        "tensorflow.get_variable": Slot(1, "shape"),
        **{f"tensorflow.{name}": Slot(0, "shape") for name in (
            "zeros", "ones", "random_normal", "truncated_normal", "random_uniform",
            "random.normal", "random.truncated_normal", "random.uniform")},
    },
    filled=frozenset({"tensorflow.zeros", "tensorflow.ones"}),
    layer_functions={
        "tensorflow.layers.dense": LayerFunction(Slot(1, "units"), Slot(2, "activation")),
        # contrib's fully_connected ends in relu unless told otherwise
        **{f"tensorflow.contrib.{name}": LayerFunction(
            Slot(1, "num_outputs"), Slot(2, "activation_fn"), default_activation="relu")
           for name in ("layers.fully_connected", "slim.fully_connected")},
        "tensorflow.contrib.layers.linear": LayerFunction(Slot(1, "num_outputs")),
    },
)

# tf.data: datasets of (x, y) pairs (or of one array's rows); datasets zipped into one of
# their items side by side (Dataset.zip((images, labels))).
PAIR_DATASETS = frozenset({"tensorflow.data.Dataset.from_tensor_slices",
                           "tensorflow.data.Dataset.from_tensors"})
ZIPPED_DATASETS = frozenset({"tensorflow.data.Dataset.zip"})
# tf.estimator: an Estimator runs its model_fn(features, labels, mode) on what the input
# function of train()/evaluate() gives; numpy_input_fn / pandas_input_fn give their `y`.
ESTIMATOR = "tensorflow.estimator.Estimator"
ESTIMATOR_MODEL_FN = Slot(0, "model_fn")
ESTIMATOR_RUNS = {"train": Slot(0, "input_fn"), "evaluate": Slot(0, "input_fn")}
INPUT_FUNCTIONS = {f"tensorflow.estimator.inputs.{name}": Slot(1, "y")
                   for name in ("numpy_input_fn", "pandas_input_fn")}
# tf.data: datasets of records (serialized examples, lines, file names), whose labels come from
# the function their .map() applies.
RECORD_DATASETS = frozenset({"tensorflow.data.TFRecordDataset", "tensorflow.data.TextLineDataset",
                             "tensorflow.data.FixedLengthRecordDataset",
                             "tensorflow.data.Dataset.list_files"})
# tf.data: batches of a CSV file's rows, (features, label) when a label column is named.
CSV_DATASETS = {"tensorflow.data.experimental.make_csv_dataset": Slot(2, "label_name")}
# tf.data: a dataset of what a generator function of the user's yields, called with the
# `args=` given (or none).
GENERATOR_DATASETS = {"tensorflow.data.Dataset.from_generator": Slot(0, "generator")}
# What a dataset declares its items to be: a scalar of an integer dtype is a class number a
# sample (a TFRecord's int64 label, a generator's output_signature or types and shapes).
TENSOR_SPECS = {"tensorflow.io.FixedLenFeature": (Slot(0, "shape"), Slot(1, "dtype")),
                "tensorflow.TensorSpec": (Slot(0, "shape"), Slot(1, "dtype"))}
TENSOR_SPEC = "tensorflow.TensorSpec"
TENSOR_SHAPE = "tensorflow.TensorShape"  # TensorShape([]): its dimensions
PARSE_EXAMPLES = {name: Slot(1, "features") for name in (
    "tensorflow.io.parse_single_example", "tensorflow.io.parse_example")}
GENERATOR_SIGNATURE, GENERATOR_TYPES, GENERATOR_SHAPES = (
    "output_signature", "output_types", "output_shapes")
# TF1: an iterator over a dataset, made by a function (ds.make_one_shot_iterator() is a method).
ITERATORS = frozenset({"tensorflow.data.make_one_shot_iterator",
                       "tensorflow.data.make_initializable_iterator"})
# TF1 graphs: the values fed to a training op, by a session (its run(fetches, feed_dict)).
PLACEHOLDERS = frozenset({"tensorflow.placeholder"})
SESSIONS = frozenset({"tensorflow.Session", "tensorflow.InteractiveSession"})
# tf.distribute: a strategy runs the step function it is given on each replica's share of a
# batch (``strategy.run(step_fn, args=(batch,))``), and hands datasets back distributed.
STRATEGIES = frozenset({f"tensorflow.distribute.{name}" for name in (
    "MirroredStrategy", "MultiWorkerMirroredStrategy", "OneDeviceStrategy", "TPUStrategy",
    "experimental.TPUStrategy", "experimental.CentralStorageStrategy",
    "experimental.MultiWorkerMirroredStrategy", "get_strategy")})
STRATEGY = "tensorflow.distribute.Strategy"
STRATEGY_RUN = (Slot(0, "fn"), Slot(1, "args"), Slot(2, "kwargs"))
DISTRIBUTED_DATASETS = frozenset({
    "experimental_distribute_dataset", "distribute_datasets_from_function",
    "experimental_distribute_datasets_from_function"})
LAST_TF1 = "TensorFlow 1 (standalone Keras up to 2.3)"
# TF1's MNIST tutorial data: read_data_sets(dir, fake_data, one_hot): 10 classes, one-hot
# float rows or uint8 class indices, in .train/.test/.validation (.labels, .next_batch(n)).
MNIST = "tensorflow.examples.tutorials.mnist.input_data.read_data_sets"
MNIST_SPLITS = frozenset({"train", "test", "validation"})
DTYPES: dict[str, Dtype] = {
    **{f"tensorflow.{name}": "float" for name in ("float16", "float32", "float64", "bfloat16",
                                                   "double", "half")},
    "tensorflow.int64": "int64", "tensorflow.int32": "int32", "tensorflow.uint8": "uint8",
    "tensorflow.bool": "bool",
}

# TensorFlow Datasets: tfds.load(name, split=..., as_supervised=True) yields (x, label) pairs;
# the class count of the label of well-known data sets (a config or version after "/" or ":"
# keeps it).
TFDS_LOAD = "tensorflow_datasets.load"
TFDS_AS_NUMPY = "tensorflow_datasets.as_numpy"  # the same dataset, of NumPy arrays
# with_info=True: (dataset, info), whose info.features["label"] is a class label feature
TFDS_INFO, TFDS_FEATURES, TFDS_LABEL = "tensorflow_datasets.core.DatasetInfo", "features", "label"
# Loaded without a split: a dict of every split the data set has, by name.
TFDS_SPLITS = ("train", "test", "validation")
TFDS_CLASSES: dict[str, int] = {
    "mnist": 10, "fashion_mnist": 10, "kmnist": 10, "cifar10": 10, "cifar100": 100,
    "svhn_cropped": 10, "stl10": 10, "imdb_reviews": 2, "tf_flowers": 5, "cats_vs_dogs": 2,
    "horses_or_humans": 2, "rock_paper_scissors": 3, "beans": 3, "food101": 101,
    "oxford_flowers102": 102, "stanford_dogs": 120, "eurosat": 10, "ag_news_subset": 4,
    "oxford_iiit_pet": 37, "malaria": 2, "imagenette": 10, "imagenet2012": 1000,
    "patch_camelyon": 2, "yelp_polarity_reviews": 2, "deep_weeds": 9,
    "colorectal_histology": 8,
}

# --- what a fix rewrites an API into: (canonical name, intent) -> replacement ------------------
# (the intents: frameworks.fix_names)
FIX_NAMES: dict[tuple[str, str], str] = {
    ("tensorflow.nn.softmax", "log"): "tensorflow.nn.log_softmax",
    ("tensorflow.softmax", "log"): "tensorflow.math.log_softmax",
    ("tensorflow.sigmoid", "log"): "tensorflow.math.log_sigmoid",
    ("tensorflow.nn.sigmoid", "log"): "tensorflow.math.log_sigmoid",
    ("tensorflow.nn.softmax", "sigmoid"): "tensorflow.nn.sigmoid",
    ("tensorflow.nn.sigmoid", "softmax"): "tensorflow.nn.softmax",
    ("tensorflow.nn.softmax_cross_entropy_with_logits", "index"):
        "tensorflow.nn.sparse_softmax_cross_entropy_with_logits",
    ("tensorflow.nn.softmax_cross_entropy_with_logits_v2", "index"):
        "tensorflow.nn.sparse_softmax_cross_entropy_with_logits",
    ("tensorflow.nn.sparse_softmax_cross_entropy_with_logits", "onehot"):
        "tensorflow.nn.softmax_cross_entropy_with_logits",
    # TF1's pair names its labels differently (onehot_labels / labels): the keyword is renamed
    ("tensorflow.losses.softmax_cross_entropy", "index"):
        "tensorflow.losses.sparse_softmax_cross_entropy",
    ("tensorflow.losses.sparse_softmax_cross_entropy", "onehot"):
        "tensorflow.losses.softmax_cross_entropy",
}
