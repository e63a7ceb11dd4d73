"""Keras knowledge as tables, keyed by canonical qualified name.

Every spelling of Keras (``keras``, ``tf.keras``, ``tf_keras``, Keras 2 module paths) is folded
into the ``keras.`` namespace before lookup (the registry's spellings), so each API appears once
here. A Keras loss takes ``(y_true, y_pred)``; ``from_logits`` chooses what it expects, and
strings always mean ``from_logits=False``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...facts import Dtype, Encoding, Family
from ..specs import (
    ActivationFunction,
    ArrayApi,
    LayerSpec,
    LossSpec,
    MetricFunction,
    ModelClass,
    OneHot,
    Slot,
    Trap,
)

# --- losses -----------------------------------------------------------------------------------

_RENORMALISES = ("Keras silently renormalises them, and `predict()` returns scores that do not "
                 "sum to 1")
_ONEHOT_FORM = "`categorical_crossentropy` (`CategoricalCrossentropy`) for one-hot targets"
_INDEX_FORM = "`sparse_categorical_crossentropy`"
# (a nonzero number is a true flag)
_LOGITS_EFFECT = ("a nonzero number is `from_logits=True`, so the loss reads the predictions as "
                  "logits and applies its own softmax/sigmoid to them")
_SMOOTHING_TRAP = (Trap("from_logits", "label_smoothing", _LOGITS_EFFECT),)
_FLAG_TRAP = (Trap("from_logits", None, _LOGITS_EFFECT),)
_FOCAL_TRAPS = (Trap("apply_class_balancing", "alpha", "a nonzero number turns class balancing "
                     "on with the default weight 0.25 for the positive class, not this one",
                     alongside="apply_class_balancing=True", harmless=0.25),
                Trap("from_logits", None, _LOGITS_EFFECT))


def _loss(api: str, family: Family, options: tuple[str, ...] = (),
          traps: tuple[Trap, ...] = _SMOOTHING_TRAP, kind: str = "class") -> LossSpec:
    """A Keras loss row: ``from_logits`` (default False) decides what it expects; Keras casts
    targets and renormalises probabilities; its classes and compile() reconcile (N,) with
    (N, 1)."""
    applied = "sigmoid" if family == "binary" else "softmax" if family != "regression" else None
    if applied is not None:  # (the activation a loss of this family applies to logits)
        traps = tuple(replace(trap, effect=trap.effect.replace("softmax/sigmoid", applied))
                      for trap in traps)
    return LossSpec(
        api=api, family=family, framework="keras", kind=kind,  # type: ignore[arg-type]
        expects=None if family == "regression" else "probs", logits_flag="from_logits",
        options=options, traps=traps, unnormalised=_RENORMALISES,
        onehot_form=_ONEHOT_FORM if family == "sparse" else None,
        index_form=_INDEX_FORM if family == "categorical" else None,
        reconciles_rank=kind == "class", squeezes_index_column=True,
        multilabel_form="a sigmoid output with `binary_crossentropy`")


_CCE = ("from_logits", "label_smoothing", "axis")
_BCE = ("from_logits", "label_smoothing", "axis")
_SCCE = ("from_logits", "ignore_class")
_BFOCAL = ("apply_class_balancing", "alpha", "gamma", "from_logits", "label_smoothing", "axis")
_CFOCAL = ("alpha", "gamma", "from_logits", "label_smoothing", "axis")

LOSS_CLASSES: dict[str, LossSpec] = {
    "keras.losses.CategoricalCrossentropy": _loss("CategoricalCrossentropy", "categorical", _CCE),
    "keras.losses.SparseCategoricalCrossentropy": _loss(
        "SparseCategoricalCrossentropy", "sparse", _SCCE, _FLAG_TRAP),
    "keras.losses.BinaryCrossentropy": _loss("BinaryCrossentropy", "binary", _BCE),
    "keras.losses.BinaryFocalCrossentropy": _loss(
        "BinaryFocalCrossentropy", "binary", _BFOCAL, _FOCAL_TRAPS),
    "keras.losses.CategoricalFocalCrossentropy": _loss(
        "CategoricalFocalCrossentropy", "categorical", _CFOCAL, _FLAG_TRAP),
    "keras.losses.KLDivergence": _loss("KLDivergence", "kld", traps=()),
    # TensorFlow Addons' focal loss (end of life, in many notebooks): from_logits comes first
    "tensorflow_addons.losses.SigmoidFocalCrossEntropy": _loss(
        "SigmoidFocalCrossEntropy", "binary", ("from_logits", "alpha", "gamma"),
        (Trap("from_logits", "alpha", _LOGITS_EFFECT),)),
    **{f"keras.losses.{name}": _loss(name, "regression", traps=()) for name in (
        "MeanSquaredError", "MeanAbsoluteError", "MeanAbsolutePercentageError",
        "MeanSquaredLogarithmicError", "Huber", "LogCosh", "Poisson", "CosineSimilarity",
        "Hinge", "SquaredHinge", "CategoricalHinge", "Tversky", "Dice",
    )},
}


def _function(api: str, family: Family, options: tuple[str, ...] = (),
              traps: tuple[Trap, ...] = _SMOOTHING_TRAP) -> LossSpec:
    return _loss(api, family, options, traps, kind="function")


def _ops(spec: LossSpec) -> LossSpec:
    """keras.ops and the Keras 2 backend (``K``) take (target, output): target first as well,
    since Keras 2.0.7 (Keras 1's backend took (output, target))."""
    return replace(spec, labels=Slot(0, "target"), prediction=Slot(1, "output"),
                   positional_order_changed=True)


LOSS_FUNCTIONS: dict[str, LossSpec] = {
    "keras.losses.categorical_crossentropy": _function("categorical_crossentropy", "categorical", _CCE),
    "keras.losses.sparse_categorical_crossentropy": _function(
        "sparse_categorical_crossentropy", "sparse", ("from_logits", "ignore_class", "axis"),
        _FLAG_TRAP),
    "keras.losses.binary_crossentropy": _function("binary_crossentropy", "binary", _BCE),
    "keras.losses.binary_focal_crossentropy": _function(
        "binary_focal_crossentropy", "binary", _BFOCAL, _FOCAL_TRAPS),
    "keras.losses.categorical_focal_crossentropy": _function(
        "categorical_focal_crossentropy", "categorical", _CFOCAL, _FLAG_TRAP),
    "keras.losses.kl_divergence": _function("kl_divergence", "kld", traps=()),
    "keras.ops.categorical_crossentropy": _ops(_function(
        "categorical_crossentropy", "categorical", ("from_logits", "axis"), _FLAG_TRAP)),
    "keras.ops.sparse_categorical_crossentropy": _ops(_function(
        "sparse_categorical_crossentropy", "sparse", ("from_logits", "axis"), _FLAG_TRAP)),
    "keras.ops.binary_crossentropy": _ops(_function(
        "binary_crossentropy", "binary", ("from_logits",), _FLAG_TRAP)),
}
for _alias in ("keras.losses.kld", "keras.losses.kullback_leibler_divergence", "keras.losses.KLD"):
    LOSS_FUNCTIONS[_alias] = LOSS_FUNCTIONS["keras.losses.kl_divergence"]

# On TensorFlow, in a traced graph, these read the logits back from the Softmax or Sigmoid op
# that made their probabilities (keras/src/backend/tensorflow/nn.py, ``_get_logits``; tf.keras
# 2 did the same); the focal losses use the probabilities themselves.
for _table, _names in ((LOSS_CLASSES, ("CategoricalCrossentropy", "SparseCategoricalCrossentropy",
                                       "BinaryCrossentropy")),
                       (LOSS_FUNCTIONS, ("categorical_crossentropy",
                                         "sparse_categorical_crossentropy",
                                         "binary_crossentropy"))):
    for _key in [k for k in _table if k.rsplit(".", 1)[1] in _names]:
        _table[_key] = replace(_table[_key], reads_graph_logits=True)

# String identifiers accepted by compile(loss=...). Strings always mean from_logits=False.
LOSS_STRINGS: dict[str, Family] = {
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


def string_loss(name: str) -> LossSpec | None:
    """The row of a loss string (``"categorical_crossentropy"``), or None when unknown."""
    family = LOSS_STRINGS.get(name.lower())
    if family is None:
        return None
    return _loss(name, family, traps=(), kind="string")


# --- metrics ----------------------------------------------------------------------------------

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

# What a metric named by a string or a function threshold at: its class's default.
STRING_METRIC_THRESHOLDS: dict[str, float] = {
    "binary_accuracy": 0.5, "precision": 0.5, "recall": 0.5}


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
    # (the confusion counts of the imbalanced-data guides: thresholds at 0.5 by default)
    **{f"keras.metrics.{cls}": MetricSpec(name, ("thresholds", "name", "dtype")) for cls, name in (
        ("TruePositives", "true_positives"), ("FalsePositives", "false_positives"),
        ("TrueNegatives", "true_negatives"), ("FalseNegatives", "false_negatives"))},
    "keras.metrics.BinaryCrossentropy": MetricSpec(
        "binary_crossentropy", ("name", "dtype", "from_logits", "label_smoothing")),
    "keras.metrics.CategoricalCrossentropy": MetricSpec(
        "categorical_crossentropy", ("name", "dtype", "from_logits", "label_smoothing", "axis")),
    "keras.metrics.SparseCategoricalCrossentropy": MetricSpec(
        "sparse_categorical_crossentropy", ("name", "dtype", "from_logits", "axis")),
}
# Metric functions called on predictions in a training loop (compile()'s are METRIC_FUNCTIONS).
METRIC_CALLS = {"keras.metrics.binary_accuracy": MetricFunction(
    "binary_accuracy", Slot(1, "y_pred"), threshold=Slot(2, "threshold"))}
METRIC_FUNCTIONS: dict[str, str] = {
    "keras.metrics.binary_accuracy": "binary_accuracy",
    "keras.metrics.categorical_accuracy": "categorical_accuracy",
    "keras.metrics.sparse_categorical_accuracy": "sparse_categorical_accuracy",
    "keras.metrics.binary_crossentropy": "binary_crossentropy",
    "keras.metrics.categorical_crossentropy": "categorical_crossentropy",
}

# --- activations and layers -------------------------------------------------------------------


_DENSE = LayerSpec("dense", units=Slot(0, "units"), units_aliases=("output_dim",),
                   activation_arg=Slot(1, "activation"))
_CONV = LayerSpec("dense", units=Slot(0, "filters"), units_aliases=("nb_filter",),
                  activation_arg=Slot(99, "activation"))

LAYERS: dict[str, LayerSpec] = {
    "keras.layers.Dense": _DENSE,
    **{f"keras.layers.{c}": _CONV for c in (
        "Conv1D", "Conv2D", "Conv3D", "Convolution1D", "Convolution2D", "Convolution3D",
        "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose", "Convolution2DTranspose",
        "SeparableConv1D", "SeparableConv2D", "SeparableConvolution1D", "SeparableConvolution2D")},
    "keras.layers.Activation": LayerSpec("activation", activation_arg=Slot(0, "activation")),
    # (a wide & deep model's logit: Add()([wide, deep]) of two Dense(1))
    **{f"keras.layers.{c}": LayerSpec("merge") for c in ("Add", "Subtract", "Average")},
    # Lambda(tf.nn.softmax): an activation when its function is one, else not known
    "keras.layers.Lambda": LayerSpec("activation", activation_arg=Slot(0, "function")),
    "keras.layers.Softmax": LayerSpec("activation", activation="softmax", axis=Slot(0, "axis")),
    "keras.layers.ReLU": LayerSpec("activation", activation="relu"),
    "keras.layers.LeakyReLU": LayerSpec("activation", activation="leaky_relu"),
    "keras.layers.ELU": LayerSpec("activation", activation="elu"),
    "keras.layers.PReLU": LayerSpec("activation", activation="prelu"),
    # (averaged over positions, or interpolated between them, raw scores stay raw scores and
    # each position's probabilities stay probabilities, over the same channels: Conv2D(10, 1)
    # then GlobalAveragePooling2D, or UpSampling2D back to the image's size)
    **{f"keras.layers.{c}": LayerSpec("neutral") for c in (
        "Dropout", "SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D", "AlphaDropout",
        "GaussianDropout", "ActivityRegularization", "Identity", "GlobalAveragePooling1D",
        "GlobalAveragePooling2D", "GlobalAveragePooling3D", "UpSampling1D", "UpSampling2D",
        "UpSampling3D",
    )},
    # Applies its layer to every time step: the wrapped layer decides the last axis.
    "keras.layers.TimeDistributed": LayerSpec("wrapper"),
    # Reshaping keeps the activation but the width is no longer the layer's units.
    **{f"keras.layers.{c}": LayerSpec("reshape") for c in ("Flatten", "Reshape")},
    **{f"keras.layers.{c}": LayerSpec("normalization", activation="normalization") for c in (
        "BatchNormalization", "LayerNormalization", "GroupNormalization", "UnitNormalization",
    )},
}

MODEL_CLASSES = (ModelClass(
    # (a custom layer is one too: the last layer of a functional model ends it in what its
    # call() returns)
    bases=frozenset({"keras.Model", "keras.models.Model", "keras.Sequential",
                     "keras.models.Sequential", "keras.engine.training.Model",
                     "keras.Layer", "keras.layers.Layer", "keras.engine.base_layer.Layer"}),
    forward="call", forward_keywords=("training",), tuple_output="several",
    outputs_argument=True, output_methods=(("compute_loss", "y_pred", "y"),)),)
SEQUENTIAL = frozenset({"keras.Sequential", "keras.models.Sequential"})
# Preprocessing layers that number (or one-hot encode) values by a vocabulary: the index of a
# vocabulary's item i is i + num_oov_indices (+ 1 with a mask token, None by default); one-hot
# rows have a column for each index. Their default num_oov_indices:
LOOKUPS: dict[str, int] = {"keras.layers.StringLookup": 1, "keras.layers.IntegerLookup": 1}
CATEGORY_ENCODING = "keras.layers.CategoryEncoding"  # one_hot rows of num_tokens columns
# A loss class of the user's (``class FocalLoss(keras.losses.Loss)``): called, or compiled, it
# computes its loss by this method.
# scikeras' wrappers compile the model their `model=` builds with their own `loss=`; a
# `model__x=` keyword is the build function's `x`.
SKLEARN_WRAPPERS = frozenset({"scikeras.wrappers.KerasClassifier"})
ROUTED_TO_MODEL = "model__"
# Keras 2's wrappers: KerasClassifier(build_fn=create_model, **sk_params); their fit numbers
# class labels 0..k-1 and makes a column of them one-hot for `categorical_crossentropy` named
# as a string or the function (not a loss object: it has no __name__).
LEGACY_SKLEARN_WRAPPERS = frozenset({"keras.wrappers.scikit_learn.KerasClassifier"})
LEGACY_BUILD = Slot(0, "build_fn")
LEGACY_WRAPPER_ONE_HOT = frozenset({"categorical_crossentropy"})
# keras-tuner: a tuner's search(x, y) fits the model its hypermodel builds (a build(hp)
# function, or a HyperModel's build method) on x, y; hp.Fixed(name, value) is that value.
TUNERS = frozenset({f"keras_tuner.{path}{name}" for path in ("", "tuners.")
                    for name in ("RandomSearch", "Hyperband", "BayesianOptimization",
                                 "GridSearch")})
TUNER_HYPERMODEL = Slot(0, "hypermodel")
TUNER_SEARCH = "search"
HYPERPARAMETERS = "keras_tuner.HyperParameters"
FIXED_HYPERPARAMETER = ("Fixed", Slot(1, "value"))
LOSS_BASES = frozenset({"keras.losses.Loss", "keras.losses.loss.Loss"})
# Layers no table lists, read by their `activation=` (Keras' convention): Keras' own others,
# and the graph layers of spektral and StellarGraph.
ACTIVATED_LAYER_PREFIXES = ("keras.layers.", "spektral.layers.", "stellargraph.layer.")
# The bases of a data set whose __getitem__ gives a whole (x, y) batch.
BATCH_SEQUENCES = frozenset({"keras.utils.Sequence", "keras.utils.PyDataset"})
LOSS_METHOD = "call"
FUNCTIONAL = frozenset({"keras.Model", "keras.models.Model"})
INPUTS = frozenset({"keras.Input", "keras.layers.Input"})

# --- labels -----------------------------------------------------------------------------------


# keras.datasets: labels of load_data(): (encoding, classes, rank, dtype). cifar10/100 are
# (N, 1); MNIST-style labels are uint8 (which PyTorch's CrossEntropyLoss accepts).
DATASETS: dict[str, tuple[Encoding, int | None, int, Dtype]] = {
    "keras.datasets.mnist.load_data": ("index", 10, 1, "uint8"),
    "keras.datasets.fashion_mnist.load_data": ("index", 10, 1, "uint8"),
    "keras.datasets.cifar10.load_data": ("index", 10, 2, "uint8"),
    "keras.datasets.cifar100.load_data": ("index", 100, 2, "int64"),  # 20 with label_mode="coarse"
    "keras.datasets.imdb.load_data": ("binary", 2, 1, "int64"),
    "keras.datasets.reuters.load_data": ("index", 46, 1, "int64"),
}

# Task models of the Keras model libraries (`keras_hub.models.ImageClassifier.from_preset(...)`,
# `BertTextClassifier(backbone, num_classes=4)`): a Dense head of `num_classes` units ending in
# its `activation=`. Its default, by package and kind of task, where every class of that kind
# has it (keras_hub's and keras_nlp's text classifiers: None, logits; keras_cv's image
# classifier: softmax); elsewhere only an explicit `activation=` says (keras_hub's image
# classifiers differ: some have no such argument).
TASK_CLASSIFIER_DEFAULTS: dict[tuple[str, str], str | None] = {
    ("keras_hub", "TextClassifier"): None, ("keras_nlp", "TextClassifier"): None,
    ("keras_nlp", "Classifier"): None, ("keras_cv", "ImageClassifier"): "softmax",
    # keras_hub's older names of its text classifiers (BertClassifier is BertTextClassifier)
    **{("keras_hub", f"{model}Classifier"): None for model in (
        "Albert", "Bert", "DebertaV3", "FNet", "Roberta", "XLMRoberta")},
}
TASK_CLASSIFIER_PACKAGES = frozenset({"keras_hub", "keras_nlp", "keras_cv"})

# Directory loaders: which argument names the label encoding, its default, and what it means.
LABEL_MODES: dict[str, Encoding] = {
    "int": "index", "sparse": "index", "categorical": "onehot", "binary": "binary",
}
DIRECTORY_DATASETS: dict[str, tuple[str, str]] = {
    "keras.utils.image_dataset_from_directory": ("label_mode", "int"),
    "keras.utils.text_dataset_from_directory": ("label_mode", "int"),
    "keras.utils.audio_dataset_from_directory": ("label_mode", "int"),
}
IMAGE_DATA_GENERATOR = "keras.preprocessing.image.ImageDataGenerator"
CLONE_MODEL = "keras.models.clone_model"  # the same layers, new weights, not compiled
# Windows of a series and each window's target (targets[i] for the window starting at i): a
# dataset of those targets, as they are encoded (None: windows only, a forecaster's).
WINDOW_DATASETS: dict[str, Slot] = {
    "keras.utils.timeseries_dataset_from_array": Slot(1, "targets"),
    "keras.utils.TimeseriesGenerator": Slot(1, "targets"),  # (Keras 2's preprocessing.sequence)
}
# Sequences of integers padded into a matrix (token ids, a tagger's tag ids): as labels, class
# indices at each position, never one-hot rows.
PADDED_SEQUENCES = frozenset({"keras.utils.pad_sequences",
                              "keras.preprocessing.sequence.pad_sequences"})
GENERATOR_METHODS: dict[str, tuple[str, str]] = {
    "flow_from_directory": ("class_mode", "categorical"),
    "flow_from_dataframe": ("class_mode", "categorical"),
}

# --- activations and array helpers (keras.ops; the Keras 2 backend ``K`` folds here) ---------

_AXIS = Slot(1, "axis")
_INPUTS = ("x", "logits")
ARRAYS = ArrayApi(
    # Activation functions (callable on tensors, or passed as ``activation=``).
    activations={
        **{f"keras.activations.{name}": ActivationFunction(name, _INPUTS, _AXIS) for name in (
            "softmax", "sigmoid", "hard_sigmoid", "log_softmax", "linear", "relu", "tanh",
            "elu", "selu", "softplus", "gelu", "swish")},
        **{f"keras.ops.{name}": ActivationFunction(name, _INPUTS, _AXIS) for name in (
            "softmax", "sigmoid", "log_softmax", "log_sigmoid", "relu", "tanh")},
    },
    log=frozenset({"keras.ops.log"}),
    exp=frozenset({"keras.ops.exp"}),
    argmax=frozenset({"keras.ops.argmax"}),
    round=frozenset({"keras.ops.round"}),
    greater=frozenset({"keras.ops.greater", "keras.ops.greater_equal"}),
    passthrough=frozenset({"keras.ops.convert_to_tensor", "keras.ops.cast", "keras.ops.squeeze",
                           "keras.ops.expand_dims", "keras.ops.reshape"}),
    transpose=frozenset({"keras.ops.transpose"}),
    clip=frozenset({"keras.ops.clip"}),
    reduction=frozenset({"keras.ops.sum", "keras.ops.mean"}),
    logsumexp=frozenset({"keras.ops.logsumexp"}),
    one_hot={
        # to_categorical folds a trailing axis of 1: (N,) and (N, 1) both give (N, C)
        "keras.utils.to_categorical": OneHot(Slot(0, "y"), Slot(1, "num_classes"),
                                             classes_aliases=("nb_classes",),
                                             folds_trailing_axis=True),
        "keras.ops.one_hot": OneHot(Slot(0, "x"), Slot(1, "num_classes")),
    },
)

# Model methods.
PREDICT_METHODS = frozenset({"predict", "predict_on_batch", "predict_step", "predict_proba",
                             "predict_generator"})
# Keras 3's call with the variables given (JAX training loops): (outputs, new variables).
STATELESS_CALL = "stateless_call"
# Sequential.predict_classes (up to Keras 2.5 / TF 2.5): the argmax of a multi-unit output, a
# 0.5 threshold of a single unit.
CLASS_PREDICT_METHODS = frozenset({"predict_classes"})
# Training methods, and the name of their first parameter (the data, or a generator of batches).
FIT_METHODS = {"fit": "x", "fit_generator": "generator", "train_on_batch": "x"}
# Methods that compute the compiled loss on labels without training on it (the name of their
# first parameter, as FIT_METHODS).
EVALUATE_METHODS = {"evaluate": "x", "evaluate_generator": "generator", "test_on_batch": "x"}
# Sequential methods that change the stack in place: `model.add(layer)` puts a layer on top;
# after `model.pop()` the head is not followed.
STACK_APPENDING = {"add": Slot(0, "layer")}
STACK_CHANGING = frozenset({"pop"})
# Keras 1's keywords, which Keras 2.0 to 2.3 (and tf.keras before TF 2.2) still took with a
# warning and later versions refuse: a program that passes one runs where ``"accuracy"`` is
# chosen by the loss (``binary_crossentropy``: binary accuracy), not by the shapes (XL205).
LEGACY_VERSION = "Keras 2.3"
_LEGACY_LAYER_KEYWORDS = frozenset({
    "output_dim", "init", "W_regularizer", "b_regularizer", "W_constraint", "b_constraint",
    "nb_filter", "filter_length", "subsample", "subsample_length", "border_mode",
    "dim_ordering"})
LEGACY_KEYWORDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(LAYERS, _LEGACY_LAYER_KEYWORDS),
    **dict.fromkeys(FUNCTIONAL, frozenset({"input", "output"})),
    "keras.utils.to_categorical": frozenset({"nb_classes"}),
}
LEGACY_FIT_KEYWORDS = frozenset({"nb_epoch", "samples_per_epoch", "nb_val_samples",
                                 "nb_worker", "pickle_safe"})
# Up to Keras 2.2 (tf.keras before TF 2.0) a fit's history kept metrics=["accuracy"] under
# "acc" / "val_acc" (2.3 keeps the name given): reading that key with the metric so spelled
# shows the version.
LEGACY_ACCURACY_KEYS = frozenset({"acc", "val_acc"})
LEGACY_ACCURACY_KEY_VERSION = "Keras 2.2"
HISTORY_ATTRIBUTE = "history"
# A model class's own training step, and the attributes through which a step uses the loss
# given to compile() (`super().train_step(data)` does too): a step that uses none of them
# trains with a loss of its own, and compile()'s loss trains nothing.
TRAIN_STEP = "train_step"
# A layer's attribute that changes its output set to anything (model.layers[-1].activation =
# None, the logits of a softmax model for Grad-CAM or a from_logits loss).
OUTPUT_ATTRIBUTES = ("activation",)
COMPILED_LOSS_ATTRIBUTES = frozenset({"compiled_loss", "compute_loss", "loss", "train_step"})

# --- what a fix rewrites an API into: (canonical name, intent) -> replacement ------------------
# (the intents: frameworks.fix_names)
FIX_NAMES: dict[tuple[str, str], str] = {
    # (the predictions a decoding method decodes: model.predict_classes(x) -> model.predict(x))
    (".predict_classes", "predictions"): ".predict",
    ("keras.ops.softmax", "log"): "keras.ops.log_softmax",
    ("keras.ops.sigmoid", "log"): "keras.ops.log_sigmoid",
    **{(f"keras.{space}.{a}", b): f"keras.{space}.{b}" for space in ("ops", "activations")
       for a, b in (("softmax", "sigmoid"), ("sigmoid", "softmax"))},
    **{(f"keras.losses.{a}", intent): f"keras.losses.{b}" for a, b, intent in (
        ("CategoricalCrossentropy", "SparseCategoricalCrossentropy", "index"),
        ("SparseCategoricalCrossentropy", "CategoricalCrossentropy", "onehot"),
        ("categorical_crossentropy", "sparse_categorical_crossentropy", "index"),
        ("sparse_categorical_crossentropy", "categorical_crossentropy", "onehot"),
        ("CategoricalCrossentropy", "BinaryCrossentropy", "binary"),
        ("categorical_crossentropy", "binary_crossentropy", "binary"))},
    **{(a, intent): b for a, b, intent in (
        ("categorical_crossentropy", "sparse_categorical_crossentropy", "index"),
        ("sparse_categorical_crossentropy", "categorical_crossentropy", "onehot"),
        ("categorical_crossentropy", "binary_crossentropy", "binary"),
        ("categorical_crossentropy", "keras.losses.CategoricalCrossentropy", "logits"),
        ("sparse_categorical_crossentropy", "keras.losses.SparseCategoricalCrossentropy",
         "logits"),
        ("binary_crossentropy", "keras.losses.BinaryCrossentropy", "logits"))},
    # a metric string -> its class (which takes from_logits / threshold), keeping its name
    **{(a, "metric"): f"keras.metrics.{b}" for a, b in (
        ("accuracy", "BinaryAccuracy"), ("acc", "BinaryAccuracy"),
        ("binary_accuracy", "BinaryAccuracy"), ("auc", "AUC"), ("AUC", "AUC"),
        ("precision", "Precision"), ("recall", "Recall"),
        ("binary_crossentropy", "BinaryCrossentropy"),
        ("categorical_crossentropy", "CategoricalCrossentropy"),
        ("sparse_categorical_crossentropy", "SparseCategoricalCrossentropy"))},
    # binary accuracy on exclusive classes -> the accuracy of the loss's encoding (XL205)
    **{(f"keras.metrics.{a}", intent): f"keras.metrics.{b}" for a, b, intent in (
        ("BinaryAccuracy", "CategoricalAccuracy", "categorical"),
        ("BinaryAccuracy", "SparseCategoricalAccuracy", "sparse"))},
    **{(f"keras.metrics.{a}", intent): f"keras.metrics.{b}" for a, b, intent in (
        ("binary_accuracy", "categorical_accuracy", "categorical"),
        ("binary_accuracy", "sparse_categorical_accuracy", "sparse"))},
    **{("binary_accuracy", intent): "accuracy" for intent in ("categorical", "sparse")},
    # the decoder of exclusive classes on predict()'s arrays, keyed by the framework
    ("keras", "argmax"): "numpy.argmax",
}
