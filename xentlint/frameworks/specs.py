"""The shapes of a framework's table rows: one loss, one layer, one activation function...

Every framework describes its API with these rows, and the shared mechanics
(frameworks/shared/) read them: a loss's argument order, its positional-option traps, what it
applies and how to fix it live in its row, once. Rules read the row of a loss
(``loss.spec``), never the name of its framework.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..facts import Dtype, Encoding, Expects, Family, LayerRole


@dataclass(frozen=True)
class Slot:
    """Where a call takes an argument: its position and its keyword."""

    index: int
    name: str


@dataclass(frozen=True)
class Trap:
    """A loss parameter that a number passed positionally lands in by mistake (XL502)."""

    parameter: str
    meant: str | None  # the option such a number usually means; None: nothing to suggest
    effect: str = "the loss silently changes meaning"
    alongside: str = ""  # what the meant option needs to work: "apply_class_balancing=True"
    # A number that, landing there, does what the meant option at that number does (focal
    # alpha's default 0.25: class balancing on, with that weight)
    harmless: float | None = None
    integer_meant: str | None = None  # what a whole number there means instead (ignore_index)


@dataclass(frozen=True)
class LossSpec:
    """One loss of a framework: a class (configured, then called) or a function (called).

    ``options`` are the parameters after the two slots for a function, and the constructor's
    parameters for a class, in positional order.
    """

    api: str  # its own name: "CrossEntropyLoss", "categorical_crossentropy"
    family: Family
    framework: str  # the registry name; "any" for a hand-written loss
    kind: Literal["class", "function", "string"] = "function"
    expects: Expects | None = None  # fixed; with a logits flag, what the flag's default means
    logits_flag: str | None = None  # "from_logits": the option that chooses logits or probabilities
    labels: Slot = Slot(0, "y_true")
    prediction: Slot = Slot(1, "y_pred")
    options: tuple[str, ...] = ()
    traps: tuple[Trap, ...] = ()
    logits_form: str | None = None  # what to use on raw outputs instead, without a logits flag
    onehot_form: str | None = None  # what to use for one-hot targets instead (index losses)
    index_form: str | None = None  # what to use for class-index labels instead (one-hot losses)
    multilabel_form: str = "a sigmoid output with a binary cross-entropy"  # for multi-hot targets
    # What the loss does with probabilities that do not sum to 1 (a sigmoid output, XL202).
    unnormalised: str = "they do not sum to 1, so the loss rewards raising every output at once"
    # What a class index past the last output does to it (an index loss)
    out_of_range: str = "is out of range (an error, or NaN on some devices)"
    reconciles_rank: bool = False  # accepts (N,) labels against (N, 1) outputs (Keras classes)
    # What it does with (N,) labels against (N, 1) outputs otherwise; None: a regression loss
    # broadcasts them to (N, N), a classification loss raises.
    mismatched_targets: Literal["raise", "broadcast"] | None = None
    squeezes_index_column: bool = False  # takes (N, 1) class indices as (N,) (Keras, TF1)
    strict_target_dtype: bool = False  # raises on a target dtype it cannot use (PyTorch)
    # Which argument comes first changed across versions (tf.nn's *_with_logits: (logits,
    # labels) in TF 0.x, keywords only in 1.x, (labels, logits) in 2.x): a call that names
    # neither says nothing about which is which.
    positional_order_changed: bool = False
    # A binary loss given integer targets: the error it raises, by their dtype (none: it
    # takes them as they are).
    integer_target_errors: Mapping[Dtype, str] = field(default_factory=dict)
    labels_reported_at: Literal["loss", "call"] = "loss"  # where a labels finding points
    # Given a Softmax/Sigmoid op's output in a traced graph, it computes the loss on the op's
    # input as logits (Keras' cross-entropies on TensorFlow: ``_get_logits``).
    reads_graph_logits: bool = False
    handwritten: bool = False

    @property
    def signature(self) -> str:
        """``(y_true, y_pred)`` / ``(input, target)``: the order of the two slots."""
        first, second = sorted((self.labels, self.prediction), key=lambda s: s.index)
        return f"({first.name}, {second.name})"

    @property
    def applies(self) -> str | None:
        """The activation a logits loss applies itself."""
        return APPLIES.get(self.family)

    def expects_with(self, from_logits: bool | None) -> Expects | None:
        """What the loss expects for a value of its logits flag (None: not known)."""
        if self.expects is None or from_logits is None:
            return None  # unknown, or not a probability loss (regression): nothing to claim
        return "logits" if from_logits else "probs"

    @property
    def on_logits(self) -> str:
        """How to feed it logits instead of probabilities: its flag, or its logits form."""
        if self.logits_flag is not None:
            return f"with `{self.logits_flag}=True`"
        return f"to {self.logits_form}"

    def option_position(self, name: str) -> int | None:
        if name not in self.options:
            return None
        return self.options.index(name) + (2 if self.kind == "function" else 0)


# What a loss on logits applies to them.
APPLIES: dict[Family, str] = {"categorical": "softmax", "sparse": "softmax",
                              "cross_entropy": "softmax", "binary": "sigmoid"}


@dataclass(frozen=True)
class MetricFunction:
    """A metric computed by calling a function on labels and predictions
    (``tf.keras.metrics.binary_accuracy(y, p)``, TF1's ``tf.metrics.auc(labels, predictions)``):
    what it expects of the predictions is the metric's (checks/decoding.py)."""

    name: str  # as a Metric's: "binary_accuracy", "auc"
    predictions: Slot
    threshold: Slot | None = None  # where its threshold is given, 0.5 when left out
    options: bool = True  # it takes from_logits= / threshold= (a fix may set them)


@dataclass(frozen=True)
class LayerSpec:
    """A layer class: what it does to the last axis of its input."""

    role: LayerRole
    activation: str | None = None  # the fixed activation of an activation layer
    units: Slot | None = None  # where the output width is given
    # The width's keyword in older versions of the API (Keras 1: Dense(output_dim=10)).
    units_aliases: tuple[str, ...] = ()
    activation_arg: Slot | None = None  # where a fused or chosen activation is given
    axis: Slot | None = None  # where a softmax layer takes its axis
    default_axis: int | None = -1  # None: the axis is implicit when left out
    implicit_axis: str | None = None  # the framework's words for that implicit axis
    # It takes one sample, not a batch (equinox's layers, vmapped over the batch): axis 0 of
    # what it gives is the classes.
    per_example: bool = False


@dataclass(frozen=True)
class ActivationFunction:
    """An activation applied to a tensor by a function (``tf.nn.softmax(x, axis)``) or a
    tensor method (``x.softmax(dim)``)."""

    activation: str
    inputs: tuple[str, ...] = ("x",)  # keyword names of the tensor argument
    axis: Slot | None = None  # None: the activation has no axis (sigmoid) or it is fixed to -1
    default_axis: int | None = -1  # None: left out, the axis is implicit
    implicit_axis: str | None = None
    # A TensorFlow op (Softmax, Sigmoid) whose logits a Keras loss reads back in a graph.
    graph_op: bool = False
    # Of an array library with no gradients (SciPy on NumPy arrays: metrics, a network
    # written from scratch with its gradient by hand): the log of what it gives is no
    # unstable composition to train on (XL104).
    differentiable: bool = True


@dataclass(frozen=True)
class OneHot:
    """A one-hot encoder: where it takes the indices and the class count, what it returns."""

    source: Slot
    classes: Slot | None
    # The class count's keyword in older versions of the API (Keras 1: nb_classes=10).
    classes_aliases: tuple[str, ...] = ()
    dtype: Dtype | None = None
    folds_trailing_axis: bool = False  # (N, 1) indices give (N, C), not (N, 1, C)
    # The flag that leaves the first class's column out (pd.get_dummies(y, drop_first=True)):
    # rows of C - 1 columns, the first class all zeros; not one-hot.
    drop_first: str | None = None


@dataclass(frozen=True)
class RandomIntegers:
    """``randint(low, high, size)``: class indices of the given size."""

    sizes: tuple[Slot, ...]  # where the size may be, the first given wins
    dtype: Dtype = "int64"
    dtype_keyword: bool = False  # a `dtype=` argument overrides it
    # The range [low, high) of the classes. When ``high`` is not given (``randint(10,
    # size=5)``, ``torch.randint(10, (5,))``), the value in ``low`` is the high and low is 0.
    low: Slot | None = None
    high: Slot | None = None


@dataclass(frozen=True)
class Encoder:
    """A label encoder object (scikit-learn's): what ``fit_transform(y)``/``transform(y)`` give,
    with as many classes as ``y`` has."""

    encoding: Encoding
    dtype: Dtype
    # LabelBinarizer: one-hot rows for more than two classes, one (N, 1) 0/1 column for two
    # (and so unknown when the class count is).
    column_for_two: bool = False


@dataclass(frozen=True)
class LabelSource:
    """A call that returns labels of a known kind (a dataset loader, a data generator): what
    its targets are, for which arguments. Two classes of indices are binary labels."""

    encoding: Encoding
    n_classes: int | None = None  # the class count, or the default of ``classes``
    classes: Slot | None = None  # where the call takes its class count (an int, or a list of
    # classes or centers whose length it is)
    rank: int = 1  # 2: (N, C) rows (multi-hot)
    dtype: Dtype | None = "int64"
    one_based: bool = False  # the classes are 1..C
    # "bunch": an object whose ``.target`` holds them ((X, y) with ``return_X_y=True``);
    # "pair": the tuple (X, y).
    returns: Literal["bunch", "pair"] = "bunch"


@dataclass(frozen=True)
class LayerFunction:
    """A layer applied by a function call (``tf.layers.dense(x, 10)``): the tensor it returns
    ends in its activation."""

    units: Slot
    activation: Slot | None = None
    default_activation: str = "linear"  # contrib's fully_connected defaults to relu
    inputs: Slot = Slot(0, "inputs")


@dataclass(frozen=True)
class Trainer:
    """A library that runs the training loop on a model and a loss handed to it, calling
    ``loss(model(x), y)`` on every batch (ignite's ``create_supervised_trainer``, fastai's
    ``Learner``, skorch's ``NeuralNet``)."""

    model: Slot
    loss: Slot
    default_loss: str | None = None  # the loss class it uses when given none
    # Losses it gives the log of the model's output (skorch's classifier and NLLLoss): which
    # loss the pair then is, one that expects probabilities.
    logged: Mapping[str, str] = field(default_factory=dict)
    # A model given as a class is built with the keywords of this prefix (skorch's
    # ``module__hidden=64``).
    model_keywords: str | None = None
    # Its fit(X, y) hands ``y`` to the loss as it is (skorch's nets), so the labels are the
    # loss's.
    labels_passed: bool = False


@dataclass(frozen=True)
class ModelClass:
    """A user class that is a model: the head is what its forward method returns."""

    bases: frozenset[str]
    forward: str  # "call" | "forward"
    forward_keywords: tuple[str, ...] = ()  # passed as unknown (Keras' `training`)
    tuple_output: Literal["first", "several"] = "first"  # (output, hidden) vs several outputs
    outputs_argument: bool = False  # Model(inputs, outputs) subclass without its own call()
    steps: tuple[str, ...] = ()  # methods the trainer calls with an (x, y) batch
    before_steps: tuple[str, ...] = ()  # ... after these (Lightning's setup: layers made there)
    # Methods the trainer calls with the model's output and the labels, by keyword: (method,
    # its predictions parameter, its labels parameter) (Keras' ``compute_loss(y=, y_pred=)``).
    output_methods: tuple[tuple[str, str, str], ...] = ()
    setup: str | None = None  # a method the framework runs when the model is built (flax)
    dataclass: bool = False  # its annotated class attributes are constructor fields (flax)
    per_example: bool = False  # it is called on one sample, batched by jax.vmap (equinox)


@dataclass(frozen=True)
class ArrayApi:
    """A library's spellings of the array operations the shared mechanics read: each framework
    (and NumPy) names its own ``log``, ``argmax``, reshapes... and they all mean the same."""

    activations: Mapping[str, ActivationFunction] = field(default_factory=dict)
    log: frozenset[str] = frozenset()  # log(p): a hand-written cross-entropy, log(softmax)
    exp: frozenset[str] = frozenset()  # exp(log_softmax(x)) is softmax(x)
    argmax: frozenset[str] = frozenset()
    round: frozenset[str] = frozenset()
    greater: frozenset[str] = frozenset()  # greater(p, 0.5): ``p > 0.5`` spelled as a call
    passthrough: frozenset[str] = frozenset()  # keep what an array is: asarray, cast, reshape
    clip: frozenset[str] = frozenset()  # keep it, guarded: the log of a clipped p is finite
    transpose: frozenset[str] = frozenset()
    reduction: frozenset[str] = frozenset()  # sum, mean: a loss term stays a loss term
    logsumexp: frozenset[str] = frozenset()
    one_hot: Mapping[str, OneHot] = field(default_factory=dict)
    random_integers: Mapping[str, RandomIntegers] = field(default_factory=dict)
    new_axis: frozenset[str] = frozenset()  # constants that mean None in a subscript
    eye: frozenset[str] = frozenset()  # identity matrices: eye(C)[y] is one-hot rows of y
    # The integers 0..C-1 (arange(C)): compared with a column of class indices
    # (y[:, None] == arange(C), JAX's tutorial), one-hot rows.
    aranges: frozenset[str] = frozenset()
    # Arrays joined along an axis: (where the arrays are, where the axis is, its default; None
    # when it must be given). Label arrays joined along axis 0 are more samples, as encoded.
    concatenate: Mapping[str, tuple[Slot, Slot, int | None]] = field(default_factory=dict)
    # Arrays stacked without an axis (their first argument), and what they join as more
    # samples: "vectors" end to end (hstack: class indices), "matrices" row after row (vstack:
    # one-hot rows); hstack puts matrices side by side, vstack makes vectors rows.
    stacks: Mapping[str, Literal["vectors", "matrices"]] = field(default_factory=dict)
    # Arrays stacked along a new axis: (where the arrays are, where the axis is, its default).
    # Label arrays stacked along axis 0 are samples, one per array (a collate function's
    # ``torch.stack(labels)``): one more axis.
    stacked: Mapping[str, tuple[Slot, Slot, int]] = field(default_factory=dict)
    # Each sample's entry of a prediction at its label: (the prediction, the indices).
    picks: Mapping[str, tuple[Slot, Slot]] = field(default_factory=dict)
    # Calls that return what they are given, for all that is checked here: function transforms
    # (jax.jit, jax.checkpoint), a model wrapped to compile it or spread it over devices
    # (torch.compile, DataParallel), a tensor wrapped (torch's Variable).
    transforms: frozenset[str] = frozenset()
    # Scalar types called on an array convert it (``np.int32(y)``, ``jnp.float32(x)``).
    dtype_calls: Mapping[str, Dtype] = field(default_factory=dict)
    # Arrays filled with one constant (zeros, ones), among ``weights``: of one dimension whose
    # length the data decides (``np.ones(len(pos))``), they are 0/1 labels.
    filled: frozenset[str] = frozenset()
    # Zeros or ones of another array's shape (``tf.ones_like(fake_logits)``): 0/1 targets where
    # a loss takes them as its labels (a GAN's "real" and "fake").
    filled_like: frozenset[str] = frozenset()
    # where(condition, 1, 0): a 0/1 choice per element, binary labels when the two are 0 and 1.
    where: frozenset[str] = frozenset()
    # Samplers of a class from scores (where the scores go): they read log-probabilities as
    # logits (tf.random.categorical(tf.math.log(probs), 1) is not an unstable composition).
    samplers: Mapping[str, Slot] = field(default_factory=dict)
    # Transforms that map a function over the batch (jax.vmap): the function sees one sample,
    # so its axis 0 is not the batch; as a call or as a decorator.
    mapped: frozenset[str] = frozenset()
    # Transforms that trace a function into a graph (tf.function), as a call or a decorator.
    traced: frozenset[str] = frozenset()
    # Transforms whose function returns gradients (grad) or (value, gradients) (value_and_grad).
    gradients: Mapping[str, Literal["grad", "value_and_grad"]] = field(default_factory=dict)
    matmul: frozenset[str] = frozenset()  # a product: its result is raw scores (tf.matmul(x, W))
    # Functions that are an operator of Python's ("+", "-", "*", "/"): ``tf.add(a, b)``.
    operators: Mapping[str, str] = field(default_factory=dict)
    # Arrays of a known shape (parameters: tf.Variable(tf.zeros([784, 10]))): where the shape
    # is; None when the arguments are the dimensions (torch.randn(784, 10)).
    weights: Mapping[str, Slot | None] = field(default_factory=dict)
    # Layers applied by a function call: their output ends in their activation.
    layer_functions: Mapping[str, LayerFunction] = field(default_factory=dict)


__all__ = ["APPLIES", "ActivationFunction", "ArrayApi", "Encoder", "LabelSource", "LayerFunction", "LayerSpec",
           "LossSpec", "ModelClass", "OneHot", "RandomIntegers", "Slot", "Trap"]
