"""Keras knowledge as tables, keyed by canonical qualified name (see names.canonical).

Every spelling of Keras (``keras``, ``tf.keras``, ``tf_keras``, Keras 2 module paths) is
folded into the ``keras.`` namespace before lookup, so each API appears once here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LossSpec:
    """A loss class or function: its family and its parameters in positional order.

    ``params`` lists the parameters after ``y_true, y_pred`` for functions and all of them for
    classes; ``flags`` are the boolean parameters a positional number must not land in, each
    with the option such a number usually meant (None: nothing else takes a number there).
    """

    family: str  # "categorical" | "sparse" | "binary" | "kld" | "regression"
    params: tuple[str, ...] = ()
    from_logits_default: bool | None = False
    flags: tuple[tuple[str, str | None], ...] = (("from_logits", "label_smoothing"),)


_CCE = ("from_logits", "label_smoothing", "axis")
_BCE = ("from_logits", "label_smoothing", "axis")
_SCCE = ("from_logits", "ignore_class")
_BFOCAL = ("apply_class_balancing", "alpha", "gamma", "from_logits", "label_smoothing", "axis")
_CFOCAL = ("alpha", "gamma", "from_logits", "label_smoothing", "axis")
_FOCAL_FLAGS = (("apply_class_balancing", "alpha"), ("from_logits", None))
_NO_SMOOTHING = (("from_logits", None),)

LOSS_CLASSES: dict[str, LossSpec] = {
    "keras.losses.CategoricalCrossentropy": LossSpec("categorical", _CCE),
    "keras.losses.SparseCategoricalCrossentropy": LossSpec("sparse", _SCCE, flags=_NO_SMOOTHING),
    "keras.losses.BinaryCrossentropy": LossSpec("binary", _BCE),
    "keras.losses.BinaryFocalCrossentropy": LossSpec("binary", _BFOCAL, flags=_FOCAL_FLAGS),
    "keras.losses.CategoricalFocalCrossentropy": LossSpec("categorical", _CFOCAL, flags=_NO_SMOOTHING),
    "keras.losses.KLDivergence": LossSpec("kld", (), from_logits_default=False, flags=()),
    **{f"keras.losses.{name}": LossSpec("regression", (), None, ()) for name in (
        "MeanSquaredError", "MeanAbsoluteError", "MeanAbsolutePercentageError",
        "MeanSquaredLogarithmicError", "Huber", "LogCosh", "Poisson", "CosineSimilarity",
        "Hinge", "SquaredHinge", "CategoricalHinge", "Tversky", "Dice",
    )},
}

LOSS_FUNCTIONS: dict[str, LossSpec] = {
    "keras.losses.categorical_crossentropy": LossSpec("categorical", _CCE),
    "keras.losses.sparse_categorical_crossentropy": LossSpec(
        "sparse", ("from_logits", "ignore_class", "axis"), flags=_NO_SMOOTHING),
    "keras.losses.binary_crossentropy": LossSpec("binary", _BCE),
    "keras.losses.binary_focal_crossentropy": LossSpec(
        "binary", _BFOCAL, flags=_FOCAL_FLAGS),
    "keras.losses.categorical_focal_crossentropy": LossSpec("categorical", _CFOCAL, flags=_NO_SMOOTHING),
    "keras.losses.kl_divergence": LossSpec("kld", (), flags=()),
    # keras.ops / the Keras 2 backend (``K``): target first as well.
    "keras.ops.categorical_crossentropy": LossSpec("categorical", ("from_logits", "axis"),
                                                   flags=_NO_SMOOTHING),
    "keras.ops.sparse_categorical_crossentropy": LossSpec(
        "sparse", ("from_logits", "axis"), flags=_NO_SMOOTHING),
    "keras.ops.binary_crossentropy": LossSpec("binary", ("from_logits",), flags=_NO_SMOOTHING),
}
for _alias, _target in {
    "keras.losses.kld": "keras.losses.kl_divergence",
    "keras.losses.kullback_leibler_divergence": "keras.losses.kl_divergence",
    "keras.losses.KLD": "keras.losses.kl_divergence",
}.items():
    LOSS_FUNCTIONS[_alias] = LOSS_FUNCTIONS[_target]

# String identifiers accepted by compile(loss=...). Strings always mean from_logits=False.
LOSS_STRINGS: dict[str, str] = {
    "categorical_crossentropy": "categorical",
    "categoricalcrossentropy": "categorical",
    "sparse_categorical_crossentropy": "sparse",
    "sparsecategoricalcrossentropy": "sparse",
    "binary_crossentropy": "binary",
    "binarycrossentropy": "binary",
    "bce": "binary",
    "binary_focal_crossentropy": "binary",
    "binaryfocalcrossentropy": "binary",
    "categorical_focal_crossentropy": "categorical",
    "categoricalfocalcrossentropy": "categorical",
    "kl_divergence": "kld",
    "kld": "kld",
    "kullback_leibler_divergence": "kld",
    "kldivergence": "kld",
    **{name: "regression" for name in (
        "mse", "mae", "mape", "msle", "mean_squared_error", "mean_absolute_error",
        "mean_absolute_percentage_error", "mean_squared_logarithmic_error", "huber",
        "huber_loss", "log_cosh", "logcosh", "poisson", "cosine_similarity", "hinge",
        "squared_hinge", "categorical_hinge", "meansquarederror", "meanabsoluteerror",
    )},
}

# Metric strings -> canonical metric name.
METRIC_STRINGS: dict[str, str] = {
    "accuracy": "accuracy",
    "acc": "accuracy",
    "binary_accuracy": "binary_accuracy",
    "categorical_accuracy": "categorical_accuracy",
    "sparse_categorical_accuracy": "sparse_categorical_accuracy",
    "auc": "auc",
    "precision": "precision",
    "recall": "recall",
    "binary_crossentropy": "binary_crossentropy",
    "bce": "binary_crossentropy",
    "categorical_crossentropy": "categorical_crossentropy",
    "sparse_categorical_crossentropy": "sparse_categorical_crossentropy",
}


@dataclass(frozen=True)
class MetricSpec:
    name: str
    params: tuple[str, ...]  # positional order


METRIC_CLASSES: dict[str, MetricSpec] = {
    "keras.metrics.Accuracy": MetricSpec("exact_accuracy", ("name", "dtype")),
    "keras.metrics.BinaryAccuracy": MetricSpec("binary_accuracy", ("name", "dtype", "threshold")),
    "keras.metrics.CategoricalAccuracy": MetricSpec("categorical_accuracy", ("name", "dtype")),
    "keras.metrics.SparseCategoricalAccuracy": MetricSpec("sparse_categorical_accuracy", ("name", "dtype")),
    "keras.metrics.AUC": MetricSpec("auc", ("num_thresholds", "curve", "summation_method", "name",
                                            "dtype", "thresholds", "multi_label", "num_labels",
                                            "label_weights", "from_logits")),
    "keras.metrics.Precision": MetricSpec("precision", ("thresholds", "top_k", "class_id", "name", "dtype")),
    "keras.metrics.Recall": MetricSpec("recall", ("thresholds", "top_k", "class_id", "name", "dtype")),
    "keras.metrics.BinaryCrossentropy": MetricSpec(
        "binary_crossentropy", ("name", "dtype", "from_logits", "label_smoothing")),
    "keras.metrics.CategoricalCrossentropy": MetricSpec(
        "categorical_crossentropy", ("name", "dtype", "from_logits", "label_smoothing", "axis")),
    "keras.metrics.SparseCategoricalCrossentropy": MetricSpec(
        "sparse_categorical_crossentropy", ("name", "dtype", "from_logits", "axis")),
}
METRIC_FUNCTIONS: dict[str, str] = {
    "keras.metrics.binary_accuracy": "binary_accuracy",
    "keras.metrics.categorical_accuracy": "categorical_accuracy",
    "keras.metrics.sparse_categorical_accuracy": "sparse_categorical_accuracy",
    "keras.metrics.binary_crossentropy": "binary_crossentropy",
    "keras.metrics.categorical_crossentropy": "categorical_crossentropy",
}

# Activation functions (callable on tensors, or passed as ``activation=``).
ACTIVATION_FUNCTIONS: dict[str, str] = {
    "keras.activations.softmax": "softmax",
    "keras.ops.softmax": "softmax",
    "keras.activations.sigmoid": "sigmoid",
    "keras.ops.sigmoid": "sigmoid",
    "keras.activations.hard_sigmoid": "hard_sigmoid",
    "keras.activations.log_softmax": "log_softmax",
    "keras.ops.log_softmax": "log_softmax",
    "keras.ops.log_sigmoid": "log_sigmoid",
    "keras.activations.linear": "linear",
    "keras.activations.relu": "relu",
    "keras.ops.relu": "relu",
    "keras.activations.tanh": "tanh",
    "keras.ops.tanh": "tanh",
    "keras.activations.elu": "elu",
    "keras.activations.selu": "selu",
    "keras.activations.softplus": "softplus",
    "keras.activations.gelu": "gelu",
    "keras.activations.swish": "swish",
    "tensorflow.nn.softmax": "softmax",
    "tensorflow.softmax": "softmax",
    "tensorflow.nn.log_softmax": "log_softmax",
    "tensorflow.sigmoid": "sigmoid",
    "tensorflow.nn.sigmoid": "sigmoid",
    "tensorflow.log_sigmoid": "log_sigmoid",
    "tensorflow.nn.relu": "relu",
    "tensorflow.nn.tanh": "tanh",
    "tensorflow.tanh": "tanh",
}


@dataclass(frozen=True)
class LayerSpec:
    role: str  # "dense" | "activation" | "neutral" | "reshape" | "normalization" | "wrapper"
    activation: str | None = None  # fixed activation of an activation layer
    units_param: tuple[int, str] | None = None  # where the output width is given
    activation_param: tuple[int, str] | None = None  # where a fused activation is given


_DENSE = LayerSpec("dense", units_param=(0, "units"), activation_param=(1, "activation"))
_CONV = LayerSpec("dense", units_param=(0, "filters"), activation_param=(99, "activation"))

LAYERS: dict[str, LayerSpec] = {
    "keras.layers.Dense": _DENSE,
    **{f"keras.layers.{c}": _CONV for c in ("Conv1D", "Conv2D", "Conv3D", "Convolution1D",
                                              "Convolution2D", "Convolution3D")},
    "keras.layers.Activation": LayerSpec("activation", activation_param=(0, "activation")),
    "keras.layers.Softmax": LayerSpec("activation", activation="softmax"),
    "keras.layers.ReLU": LayerSpec("activation", activation="relu"),
    "keras.layers.LeakyReLU": LayerSpec("activation", activation="leaky_relu"),
    "keras.layers.ELU": LayerSpec("activation", activation="elu"),
    "keras.layers.PReLU": LayerSpec("activation", activation="prelu"),
    **{f"keras.layers.{c}": LayerSpec("neutral") for c in (
        "Dropout", "SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D", "AlphaDropout",
        "GaussianDropout", "ActivityRegularization", "Identity",
    )},
    # Applies its layer to every time step: the wrapped layer decides the last axis.
    "keras.layers.TimeDistributed": LayerSpec("wrapper"),
    # Reshaping keeps the activation but the width is no longer the layer's units.
    **{f"keras.layers.{c}": LayerSpec("reshape") for c in ("Flatten", "Reshape")},
    **{f"keras.layers.{c}": LayerSpec("normalization", activation="normalization") for c in (
        "BatchNormalization", "LayerNormalization", "GroupNormalization", "UnitNormalization",
    )},
}

MODEL_CLASSES = frozenset({"keras.Model", "keras.models.Model", "keras.Sequential",
                           "keras.models.Sequential", "keras.engine.training.Model"})
SEQUENTIAL = frozenset({"keras.Sequential", "keras.models.Sequential"})
FUNCTIONAL = frozenset({"keras.Model", "keras.models.Model"})
INPUTS = frozenset({"keras.Input", "keras.layers.Input"})

# keras.datasets: labels of load_data(): (encoding, classes, rank, dtype). cifar10/100 are
# (N, 1); MNIST-style labels are uint8 (which PyTorch's CrossEntropyLoss accepts).
DATASETS: dict[str, tuple[str, int | None, int, str]] = {
    "keras.datasets.mnist.load_data": ("index", 10, 1, "uint8"),
    "keras.datasets.fashion_mnist.load_data": ("index", 10, 1, "uint8"),
    "keras.datasets.cifar10.load_data": ("index", 10, 2, "uint8"),
    "keras.datasets.cifar100.load_data": ("index", 100, 2, "int64"),  # 20 with label_mode="coarse"
    "keras.datasets.imdb.load_data": ("binary", 2, 1, "int64"),
    "keras.datasets.reuters.load_data": ("index", 46, 1, "int64"),
}

# Directory loaders: which argument names the label encoding, its default, and what it means.
LABEL_MODES: dict[str, str] = {
    "int": "index", "sparse": "index", "categorical": "onehot", "binary": "binary",
}
DIRECTORY_DATASETS: dict[str, tuple[str, str]] = {
    "keras.utils.image_dataset_from_directory": ("label_mode", "int"),
    "keras.utils.text_dataset_from_directory": ("label_mode", "int"),
    "keras.utils.audio_dataset_from_directory": ("label_mode", "int"),
}
GENERATOR_METHODS: dict[str, tuple[str, str]] = {
    "flow_from_directory": ("class_mode", "categorical"),
    "flow_from_dataframe": ("class_mode", "categorical"),
}
