"""JAX knowledge as tables, keyed by canonical qualified name: optax's losses, ``jax.nn`` and
``jax.numpy``, flax's ``linen`` and ``nnx`` modules and layers.

``optax.losses.X`` folds into ``optax.X``, and flax's layers and activations are read from
their public namespaces (the registry's spellings). An optax loss takes ``(logits, labels)``:
the prediction first; it never raises on a shape it can broadcast, and never converts.
"""

from __future__ import annotations

from ...facts import Expects, Family
from ..shared.tables import NUMPY_DTYPES, SCALAR_TYPES
from ..specs import (
    ActivationFunction, ArrayApi, LayerSpec, LossSpec, ModelClass, OneHot, RandomIntegers, Slot,
)

# --- optax losses -----------------------------------------------------------------------------

_INDEX_FORM = "`optax.softmax_cross_entropy_with_integer_labels`"
_ONEHOT_FORM = "`optax.softmax_cross_entropy` on one-hot targets (`jax.nn.one_hot`)"


def _loss(api: str, family: Family, expects: Expects | None, options: tuple[str, ...] = (),
          slots: tuple[str, str] = ("logits", "labels")) -> LossSpec:
    return LossSpec(
        api=f"optax.{api}", family=family, framework="jax", kind="function", expects=expects,
        prediction=Slot(0, slots[0]), labels=Slot(1, slots[1]), options=options,
        onehot_form=_ONEHOT_FORM if family == "sparse" else None,
        index_form=_INDEX_FORM if family == "categorical" else None,
        labels_reported_at="call", mismatched_targets="broadcast",
        multilabel_form="`optax.sigmoid_binary_cross_entropy` on the raw outputs",
        out_of_range="gives NaN")


_LOG_PREDICTIONS = ("log_predictions", "targets")
LOSS_FUNCTIONS: dict[str, LossSpec] = {
    "optax.softmax_cross_entropy": _loss("softmax_cross_entropy", "categorical", "logits",
                                         ("axis", "where")),
    "optax.softmax_cross_entropy_with_integer_labels": _loss(
        "softmax_cross_entropy_with_integer_labels", "sparse", "logits", ("axis", "where")),
    "optax.safe_softmax_cross_entropy": _loss("safe_softmax_cross_entropy", "categorical",
                                              "logits"),
    "optax.poly_loss_cross_entropy": _loss("poly_loss_cross_entropy", "categorical", "logits"),
    "optax.sigmoid_binary_cross_entropy": _loss("sigmoid_binary_cross_entropy", "binary",
                                                "logits"),
    "optax.sigmoid_focal_loss": _loss("sigmoid_focal_loss", "binary", "logits"),
    "optax.kl_divergence": _loss("kl_divergence", "kld", "log-probs", ("axis", "where"),
                                 _LOG_PREDICTIONS),
    "optax.convex_kl_divergence": _loss("convex_kl_divergence", "kld", "log-probs",
                                        ("axis", "where"), _LOG_PREDICTIONS),
    "optax.kl_divergence_with_log_targets": _loss(
        "kl_divergence_with_log_targets", "kld", "log-probs", ("axis", "where"),
        ("log_predictions", "log_targets")),
    # Known losses that claim nothing about a classifier's head (sequences, margins, values).
    **{f"optax.{name}": _loss(name, "other", None) for name in (
        "ctc_loss", "ctc_loss_with_forward_probs", "hinge_loss", "multiclass_hinge_loss",
        "perceptron_loss", "multiclass_perceptron_loss", "sparsemax_loss",
        "multiclass_sparsemax_loss", "ranking_softmax_loss", "triplet_margin_loss", "ntxent",
        "dice_loss", "binary_dice_loss", "multiclass_generalized_dice_loss",
        "generalized_kl_divergence",
    )},
    **{f"optax.{name}": _loss(name, "regression", None, slots=("predictions", "targets"))
       for name in ("l2_loss", "squared_error", "huber_loss", "log_cosh", "cosine_similarity",
                    "cosine_distance")},
}

# --- jax.nn, jax.numpy, flax's functions --------------------------------------------------------

_AXIS = Slot(1, "axis")
_ACTIVATION_NAMES = ("softmax", "log_softmax", "sigmoid", "log_sigmoid", "relu", "relu6",
                     "gelu", "silu", "swish", "elu", "selu", "celu", "softplus", "hard_sigmoid",
                     "leaky_relu", "tanh")


def _activations(namespace: str) -> dict[str, ActivationFunction]:
    return {f"{namespace}.{name}": ActivationFunction(name, ("x",), _AXIS)
            for name in _ACTIVATION_NAMES}


ARRAYS = ArrayApi(
    filled_like=frozenset({"jax.numpy.zeros_like", "jax.numpy.ones_like"}),
    # flax re-exports jax.nn's functions: nn.softmax in a linen module is jax.nn.softmax.
    activations={**_activations("jax.nn"), **_activations("flax.linen"),
                 **_activations("flax.nnx"),
                 "jax.numpy.tanh": ActivationFunction("tanh", ("x",))},
    log=frozenset({"jax.numpy.log"}),
    exp=frozenset({"jax.numpy.exp"}),
    argmax=frozenset({"jax.numpy.argmax"}),
    round=frozenset({"jax.numpy.round", "jax.numpy.around", "jax.numpy.rint"}),
    greater=frozenset({"jax.numpy.greater", "jax.numpy.greater_equal"}),
    passthrough=frozenset({
        "jax.numpy.asarray", "jax.numpy.array", "jax.numpy.squeeze", "jax.numpy.ravel",
        "jax.numpy.expand_dims", "jax.numpy.reshape", "jax.device_put", "jax.lax.stop_gradient",
    }),
    transpose=frozenset({"jax.numpy.transpose"}),
    clip=frozenset({"jax.numpy.clip"}),
    reduction=frozenset({"jax.numpy.sum", "jax.numpy.mean"}),
    logsumexp=frozenset({"jax.nn.logsumexp", "jax.scipy.special.logsumexp"}),
    # jax.nn.one_hot returns float rows (its dtype argument defaults to float)
    one_hot={"jax.nn.one_hot": OneHot(Slot(0, "x"), Slot(1, "num_classes"), dtype="float"),
             "flax.training.common_utils.onehot": OneHot(Slot(0, "labels"), Slot(1, "num_classes"),
                                                         dtype="float")},
    random_integers={"jax.random.randint": RandomIntegers(
        (Slot(1, "shape"),), dtype="int32", dtype_keyword=True, low=Slot(2, "minval"),
        high=Slot(3, "maxval"))},
    new_axis=frozenset({"jax.numpy.newaxis"}),
    eye=frozenset({"jax.numpy.eye", "jax.numpy.identity"}),
    aranges=frozenset({"jax.numpy.arange"}),
    stacks={"jax.numpy.hstack": "vectors", "jax.numpy.vstack": "matrices",
            "jax.numpy.row_stack": "matrices"},
    stacked={"jax.numpy.stack": (Slot(0, "arrays"), Slot(1, "axis"), 0)},
    where=frozenset({"jax.numpy.where"}),
    concatenate={"jax.numpy.concatenate": (Slot(0, "arrays"), Slot(1, "axis"), 0)},
    picks={"jax.numpy.take_along_axis": (Slot(0, "arr"), Slot(1, "indices"))},
    # (eqx.apply_updates(model, grads): the model, its weights stepped; a train state copied
    # to every device for pmap, and back: the same state)
    transforms=frozenset({"jax.jit", "jax.checkpoint", "jax.remat", "flax.nnx.jit",
                          "flax.linen.jit", "equinox.filter_jit", "equinox.apply_updates",
                          "jax.device_put_replicated", "flax.jax_utils.replicate",
                          "flax.jax_utils.unreplicate"}),
    mapped=frozenset({"jax.vmap", "jax.pmap", "flax.nnx.vmap", "equinox.filter_vmap",
                      "haiku.vmap"}),
    gradients={
        **{name: "grad" for name in ("jax.grad", "flax.nnx.grad", "equinox.filter_grad")},
        **{name: "value_and_grad" for name in (
            "jax.value_and_grad", "flax.nnx.value_and_grad", "equinox.filter_value_and_grad")},
    },
    samplers={"jax.random.categorical": Slot(1, "logits")},
    matmul=frozenset({"jax.numpy.dot", "jax.numpy.matmul"}),
    weights={"jax.numpy.zeros": Slot(0, "shape"), "jax.numpy.ones": Slot(0, "shape"),
             "jax.random.normal": Slot(1, "shape"), "jax.random.uniform": Slot(1, "shape"),
             "jax.random.truncated_normal": Slot(3, "shape")},
    filled=frozenset({"jax.numpy.zeros", "jax.numpy.ones"}),
    dtype_calls={f"jax.numpy.{name}": NUMPY_DTYPES[name] for name in SCALAR_TYPES},
)

# Loops written as functions: lax.scan(f, init, xs) runs f(carry, x) on each slice of xs,
# lax.map(f, xs) f(x) (function, carry or None, what is scanned).
SCANS: dict[str, tuple[Slot, Slot | None, Slot]] = {
    "jax.lax.scan": (Slot(0, "f"), Slot(1, "init"), Slot(2, "xs")),
    "jax.lax.map": (Slot(0, "f"), None, Slot(1, "xs")),
}

# jax.tree_util.tree_map(f, tree): f applied to each leaf of a tuple, list or dict (an array
# conversion keeps what each leaf is: shard(batch) helpers, tfds batches made NumPy).
TREE_MAPS = frozenset({"jax.tree_util.tree_map", "jax.tree.map", "jax.tree_map"})
LEAF_CONVERSIONS = frozenset({"numpy.asarray", "numpy.array", "jax.numpy.asarray",
                              "jax.numpy.array", "jax.device_put"})

# --- flax, haiku and equinox modules ---------------------------------------------------------

# Labels mixed with the uniform distribution: the same labels, as floats (of class indices,
# no longer indices a loss for integer labels could take).
SMOOTH_LABELS = "optax.smooth_labels"

STAX = "jax.example_libraries.stax."
LAYERS: dict[str, LayerSpec] = {
    "haiku.Linear": LayerSpec("dense", units=Slot(0, "output_size")),
    STAX + "Dense": LayerSpec("dense", units=Slot(0, "out_dim")),
    **{f"haiku.{name}": LayerSpec("dense", units=Slot(0, "output_channels"))
       for name in ("Conv1D", "Conv2D", "Conv3D")},
    "haiku.Flatten": LayerSpec("neutral"),
    # equinox's layers take one sample (a batch goes through jax.vmap): per_example
    "equinox.nn.Linear": LayerSpec("dense", units=Slot(1, "out_features"), per_example=True),
    # MLP(in_size, out_size, width_size, depth, activation, final_activation=identity)
    "equinox.nn.MLP": LayerSpec("dense", units=Slot(1, "out_size"),
                                activation_arg=Slot(5, "final_activation"), per_example=True),
    "equinox.nn.Dropout": LayerSpec("neutral"),
    # Lambda(jax.nn.softmax): an activation when its function is one, else not known
    "equinox.nn.Lambda": LayerSpec("activation", activation_arg=Slot(0, "fn")),
    **{name: LayerSpec("normalization", activation="normalization") for name in (
        "haiku.LayerNorm", "haiku.BatchNorm", "haiku.RMSNorm", "equinox.nn.LayerNorm",
        "equinox.nn.BatchNorm", "equinox.nn.RMSNorm",
    )},
    "flax.linen.Dense": LayerSpec("dense", units=Slot(0, "features")),
    "flax.linen.Conv": LayerSpec("dense", units=Slot(0, "features")),
    "flax.nnx.Linear": LayerSpec("dense", units=Slot(1, "out_features")),
    "flax.nnx.Conv": LayerSpec("dense", units=Slot(1, "out_features")),
    **{name: LayerSpec("neutral") for name in ("flax.linen.Dropout", "flax.nnx.Dropout")},
    **{name: LayerSpec("normalization", activation="normalization") for name in (
        "flax.linen.BatchNorm", "flax.linen.LayerNorm", "flax.linen.GroupNorm",
        "flax.linen.RMSNorm", "flax.nnx.BatchNorm", "flax.nnx.LayerNorm", "flax.nnx.RMSNorm",
    )},
}
# jax.example_libraries.stax (jax.experimental.stax before 0.2.25): Dense(out_dim) and layers
# that are constants (stax.Relu, stax.LogSoftmax), stacked by serial(*layers), which returns
# (init_fun, apply_fun): apply_fun(params, x) is the stack's output.
STAX_ACTIVATIONS = {STAX + name: activation for name, activation in (
    ("Softmax", "softmax"), ("LogSoftmax", "log_softmax"), ("Sigmoid", "sigmoid"),
    ("Relu", "relu"), ("Tanh", "tanh"), ("Elu", "elu"), ("Gelu", "gelu"), ("Softplus", "softplus"),
    ("LeakyRelu", "leaky_relu"), ("Selu", "selu"))}
STAX_SERIAL = STAX + "serial"
SEQUENTIAL_OF_LIST = frozenset({"flax.linen.Sequential", "haiku.Sequential",
                                "equinox.nn.Sequential"})
# hk.nets.MLP(output_sizes, w_init, b_init, with_bias, activation=jax.nn.relu,
# activate_final=False): linear layers of those widths, the last one the head (activated too
# only with activate_final=True).
HAIKU_MLP = "haiku.nets.MLP"
HAIKU_MLP_ACTIVATION, HAIKU_MLP_FINAL = Slot(4, "activation"), Slot(5, "activate_final")
HAIKU_MLP_DEFAULT_ACTIVATION = "jax.nn.relu"
# haiku's ResNets end in a Linear layer of `num_classes` logits.
HAIKU_RESNETS = {f"haiku.nets.ResNet{depth}": Slot(0, "num_classes")
                 for depth in (18, 34, 50, 101, 152, 200)}
SEQUENTIAL_OF_ARGUMENTS = frozenset({"flax.nnx.Sequential"})

LINEN_MODULE = "flax.linen.Module"
MODEL_CLASSES = (
    # A linen module is a dataclass: its fields are constructor arguments, setup() builds its
    # submodules, __call__ computes its output (through model.apply(variables, x)).
    ModelClass(bases=frozenset({LINEN_MODULE}), forward="__call__", setup="setup",
               dataclass=True),
    ModelClass(bases=frozenset({"flax.nnx.Module"}), forward="__call__"),
    # haiku modules run inside the function given to hk.transform; equinox modules are called
    # directly, one sample at a time under jax.vmap.
    ModelClass(bases=frozenset({"haiku.Module"}), forward="__call__"),
    ModelClass(bases=frozenset({"equinox.Module"}), forward="__call__", per_example=True),
)
# hk.transform(f): an object whose apply(params, rng, *inputs) runs f(*inputs);
# (transform, what apply takes before the inputs besides the parameters)
HAIKU_TRANSFORMS = {"haiku.transform": ("rng",), "haiku.transform_with_state": ("state", "rng")}
HAIKU_WITHOUT_RNG = "haiku.without_apply_rng"
HAIKU_TRANSFORMED = "haiku.Transformed"
# model.apply options that make it return (output, updated variables) unless False.
APPLY_STATE_OPTIONS = ("mutable", "capture_intermediates")

# flax.training: a TrainState holds the model's apply function.
TRAIN_STATE = "flax.training.train_state.TrainState"
# A module split into its structure and its state (nnx.split / eqx.partition), then put back
# together (nnx.merge / eqx.combine): the same model. (The function: what it splits, and into
# how many pieces; None: one more than the filters it is given.)
SPLITS: dict[str, tuple[Slot, int | None]] = {
    "flax.nnx.split": (Slot(0, "node"), None), "equinox.partition": (Slot(0, "pytree"), 2)}
MERGES = frozenset({"flax.nnx.merge", "equinox.combine"})
MODEL_PART = "jax.model_part"  # one of the pieces: the model it was split from

# --- what a fix rewrites an API into: (canonical name, intent) -> replacement ------------------
# (the intents: frameworks.fix_names)
FIX_NAMES: dict[tuple[str, str], str] = {
    **{(f"{space}.{a}", intent): f"{space}.{b}" for space in ("jax.nn", "flax.linen", "flax.nnx")
       for a, b, intent in (("softmax", "log_softmax", "log"), ("sigmoid", "log_sigmoid", "log"),
                            ("softmax", "sigmoid", "sigmoid"), ("sigmoid", "softmax", "softmax"))},
    ("optax.softmax_cross_entropy", "index"): "optax.softmax_cross_entropy_with_integer_labels",
    ("optax.softmax_cross_entropy_with_integer_labels", "onehot"): "optax.softmax_cross_entropy",
    ("optax.softmax_cross_entropy", "binary"): "optax.sigmoid_binary_cross_entropy",
    ("jax", "argmax"): ".argmax",  # the decoder of exclusive classes: an array method
}
