"""Abstract values: what the interpreter knows an expression evaluates to.

Anything not understood is ``UNKNOWN``; rules only ever see facts built from known values,
which is how precision comes first. Values are immutable: a method that "changes" a model
(``model.add``, ``model.compile``) rebinds the name to a new value, so branches can be joined.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import libcst as cst

from ..facts import (
    Dtype, Evidence, Head, Labels, LayerRole, Loss, Metric, Pairing, UnstableComposition,
)

if TYPE_CHECKING:
    from .scope import Scope


class Value:
    """Base of every abstract value."""


Env = dict[str, Value]  # names bound in a scope


@dataclass(frozen=True)
class Unknown(Value):
    pass


UNKNOWN = Unknown()


@dataclass(frozen=True)
class Scalar(Value):
    """One integer whose value is not known: the sample index a ``Dataset.__getitem__`` is
    called with (``self.y[i]`` is one label: an axis fewer than ``self.y``)."""

    dtype: Dtype | None = None  # "float": one number that is no index (float(row.target))


@dataclass(frozen=True)
class OneOf(Value):
    """One of a few numbers, which not known: ``1 if name.startswith("dog") else 0``; or one
    of a few rows of numbers (``[1, 0]`` for a cat, ``[0, 1]`` for a dog)."""

    values: tuple[Const | Seq, ...]


def is_number(value: Value) -> bool:
    """A number, known (a literal) or one of a few (:class:`OneOf`) or one integer
    (:class:`Scalar`)."""
    if isinstance(value, Const):
        return isinstance(value.value, (int, float)) and not isinstance(value.value, bool)
    return isinstance(value, (OneOf, Scalar))


@dataclass(frozen=True)
class Const(Value):
    """A Python literal, or a name bound to one (``num_classes = 10``)."""

    value: Any
    node: cst.CSTNode | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Seq(Value):
    """A list or tuple of values; a named tuple's items are also read by name
    (``eval_pred.predictions``)."""

    items: tuple[Value, ...]
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tail(Value):
    """A list of unknown length whose last items are known: ``layers`` after a loop that
    appends to it and ``layers.append(nn.Linear(h, 10))`` after the loop. Enough for what a
    stack of layers ends in; not for its length, its first items, or unpacking it.

    ``each``, when known, holds every value an item can be: labels a loop appends
    (``labels.append(0)`` over one folder, ``labels.append(1)`` over the other), a repeated
    list's items (``[0] * n``). That is what an array made of the list holds."""

    items: tuple[Value, ...]
    each: tuple[Value, ...] | None = None

    @staticmethod
    def repeating(items: tuple[Value, ...]) -> Tail:
        """These items again and again, how often not known (``[0] * n``; a comprehension's
        element)."""
        return Tail(items, items)


MAX_ITEM_KINDS = 16  # a list whose items can be more values than this: which, not known


def item_kinds(value: Seq | Tail) -> tuple[Value, ...] | None:
    """Every value an item of the list can be; None when not known."""
    return value.items if isinstance(value, Seq) else value.each


def kinds_union(*groups: tuple[Value, ...] | None) -> tuple[Value, ...] | None:
    """The values an item can be after lists are joined or extended: all of them, once each;
    None when one group is not known or they are too many."""
    merged: list[Value] = []
    for group in groups:
        if group is None:
            return None
        for value in group:
            if value not in merged:
                if len(merged) == MAX_ITEM_KINDS:
                    return None
                merged.append(value)
    return tuple(merged)


@dataclass(frozen=True)
class Dict(Value):
    items: tuple[tuple[Any, Value], ...]
    each: Value | None = None  # what any other key holds ({k: head(x) for k in names})

    def get(self, key: Any) -> Value:
        for k, v in self.items:
            if k == key:
                return v
        return self.each or UNKNOWN

    def updated(self, items: Iterable[tuple[Any, Value]]) -> Dict:
        """This dict with ``items`` set, in order: a key given again keeps its place and takes
        its last value, as in Python."""
        merged = dict(self.items)
        merged.update(items)
        return Dict(tuple(merged.items()))

    def without(self, key: Any) -> Dict:
        return Dict(tuple((k, v) for k, v in self.items if k != key))


@dataclass(frozen=True)
class Numbering(Value):
    """A dict from names not known here to their place (``{c: i for i, c in
    enumerate(classes)}``, ``dict((c, i) for i, c in enumerate(chars))``): what it gives for a
    name is a class number from 0, of how many classes not known."""


@dataclass(frozen=True)
class Mapping(Value):
    """A dict whose keys are values, not constants (TF1's ``feed_dict={x: xs, y_: ys}``)."""

    pairs: tuple[tuple[Value, Value], ...]


@dataclass(frozen=True)
class ApiRef(Value):
    """A library object named by its canonical qualified name (``keras.layers.Dense``)."""

    qualname: str


@dataclass(frozen=True)
class Partial(Value):
    """``functools.partial(func, *args, **kwargs)``: called, ``func`` with those arguments
    first."""

    func: Value
    args: tuple[Value, ...]
    kwargs: tuple[tuple[str, Value], ...]
    arg_nodes: tuple[cst.Arg, ...] = field(compare=False)


@dataclass(frozen=True)
class Choice(Value):
    """One of a few values, which not known: a registry's functions or classes, the key not
    known (``MODELS[args.arch]``), the models they build, their methods. Called, each runs as
    a branch, and the result is what they all return alike."""

    items: tuple[Value, ...]


@dataclass(frozen=True)
class ProjectModule(Value):
    """One of the user's own modules (``import config``, ``from . import models``): a ``.py``
    file, or a package directory (its ``__init__.py``, if any, binds its names)."""

    path: Path

    @property
    def code(self) -> Path | None:
        """The file whose top level binds the module's names."""
        if self.path.suffix == ".py":
            return self.path
        init = self.path / "__init__.py"
        return init if init.is_file() else None


@dataclass(frozen=True)
class ApiObject(Value):
    """An instance of a library class we know by name (``LabelEncoder()``), with its args."""

    qualname: str
    kwargs: tuple[tuple[str, Value], ...] = ()

    def kwarg(self, name: str) -> Value:
        return dict(self.kwargs).get(name, UNKNOWN)

    def with_kwarg(self, name: str, value: Value) -> ApiObject:
        return replace(self, kwargs=(*((k, v) for k, v in self.kwargs if k != name),
                                     (name, value)))


@dataclass(frozen=True)
class BoundMethod(Value):
    receiver: Value
    name: str
    receiver_node: cst.BaseExpression = field(compare=False)


@dataclass(frozen=True)
class Function(Value):
    """A function (or lambda) defined in the analysed code; evaluated at each call with its
    arguments.

    A function defined inside another one sees the enclosing function's names (``closure``,
    read when it is called, as Python reads them): a ``loss_fn`` closure sees ``state`` and
    ``batch`` of the training step that defines it.
    """

    node: cst.FunctionDef | cst.Lambda
    self_value: Value | None = None  # bound method: the instance (or the class, classmethod)
    closure: Env | None = field(default=None, compare=False, repr=False)
    # The module it was defined in (None: the module being checked, or a method looked up
    # by its node: see Project.definition_scope).
    scope: Scope | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ClassDef(Value):
    node: cst.ClassDef
    bases: tuple[Value, ...]
    # Names bound in the class body (``num_classes: int = 10``), in order: class attributes,
    # and the fields of a dataclass-like module (flax).
    attrs: tuple[tuple[str, Value], ...] = field(default=(), compare=False)
    scope: Scope | None = field(default=None, compare=False, repr=False)  # where it is defined

    def attribute(self, name: str) -> Value | None:
        """A class attribute, from this class or a base."""
        for key, value in self.attrs:
            if key == name:
                return value
        for base in self.bases:
            if isinstance(base, ClassDef):
                found = base.attribute(name)
                if found is not None:
                    return found
        return None

    def fields(self) -> tuple[str, ...]:
        """The annotated names of the class body (a dataclass's fields), bases first."""
        names: list[str] = []
        for base in self.bases:
            if isinstance(base, ClassDef):
                names += [n for n in base.fields() if n not in names]
        for stmt in self.node.body.body:
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if (isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name)
                            and small.target.value not in names):
                        names.append(small.target.value)
        return tuple(names)

    def method(self, name: str) -> cst.FunctionDef | None:
        for stmt in self.node.body.body:
            if isinstance(stmt, cst.FunctionDef) and stmt.name.value == name:
                return stmt
        for base in self.bases:
            if isinstance(base, ClassDef):
                found = base.method(name)
                if found is not None:
                    return found
        return None

    def defines(self, method: cst.FunctionDef) -> bool:
        """``method`` is written in the body of this class or of a base."""
        return any(stmt is method for stmt in self.node.body.body) or any(
            isinstance(base, ClassDef) and base.defines(method) for base in self.bases)

    def base_qualnames(self) -> set[str]:
        names: set[str] = set()
        for base in self.bases:
            if isinstance(base, ApiRef):
                names.add(base.qualname)
            elif isinstance(base, ClassDef):
                names |= base.base_qualnames()
        return names


@dataclass(eq=False)
class Instance(Value):
    """An instance of a class defined in the analysed code; attributes set in ``__init__``."""

    cls: ClassDef
    attrs: dict[str, Value] = field(default_factory=dict)
    serial: int = 0  # creation order, for branch journals


# --- model-level values -------------------------------------------------------------------


@dataclass(frozen=True)
class Layer(Value):
    """A layer object before it is applied: what it does to the last axis of its input."""

    qualname: str
    evidence: Evidence
    role: LayerRole
    activation: str | None = None  # for "dense": the fused activation, None = linear
    units: int | None = None
    axis: int | None = -1
    model: Model | None = None  # a model used as a layer
    name: str | None = None  # name="..." (how a multi-output model's losses refer to it)
    axis_parameter: str = "axis"  # how the layer names its axis ("dim" in PyTorch)
    implicit_axis: str | None = None  # the framework's words for an axis left out
    per_example: bool = False  # it takes one sample (equinox): its output is a row


@dataclass(frozen=True)
class Tensor(Value):
    """A tensor in a model graph or a prediction: where its last activation came from.

    ``head`` is None for a tensor whose last activation is not known (an input, a custom layer).
    """

    head: Head | None
    model: Model | None = None  # set on a model's output: model(x), model.predict(x)
    column: bool = False  # one column of the output ([:, 0]) rather than the whole matrix
    log_of: Head | None = None  # this tensor is log(<head>), or log(1 - <head>) if complement
    complement_of: Head | None = None  # 1 - <head>: the other side of a binary probability
    complement: bool = False  # with log_of: log(1 - <head>); with picked: p or 1 - p by label
    row: bool = False  # one sample (preds[0]): the batch axis is gone, axis 0 is the classes
    output_name: str | None = None  # the name of the layer that produced it
    rank: int | None = None  # known for sequence outputs: 3 is (N, L, features), class axis last
    picked: Head | None = None  # each sample's entry for its true class: out[range(N), y]
    normaliser: bool = False  # logsumexp(out): with -picked, a hand-written cross-entropy
    # exp(out) of raw scores (their head): the log of its sum is logsumexp(out); divided by
    # its sum, a softmax of out
    exponentiated: Head | None = None
    one_plus_exp: Head | None = None  # 1 + exp(-z) of raw scores: 1 over it, a sigmoid by hand
    loss_term: Pairing | None = None  # the hand-written loss this term recorded (y * log(p))
    # y * log(p), y not known: p's head (complement: (1 - y) * log(1 - p)); with the other term
    # of a binary cross-entropy, a loss written by hand on p whose labels are not known
    term_of: Head | None = None
    unstable: UnstableComposition | None = None  # log(softmax(x)) recorded (XL104) for this log
    # What is wrong once it is trained on (decoding.trained_on): the log of a model's softmax
    # (XL104), a softmax of probabilities (F.log_softmax(model(x)) of a softmax model, XL101)
    if_trained: UnstableComposition | Pairing | None = None
    negative_term: bool = False  # (1 - y) * <anything>: a binary cross-entropy's second term
    guarded: bool = False  # clipped or plus an epsilon: its log cannot underflow to -inf
    # The average of several outputs ((p + q) / 2, an ensemble's): decoded like each, but its
    # log has no fused form (log_softmax is not the log of a mixture)
    mixture: bool = False
    graph_op: bool = False  # made by a TensorFlow op a Keras loss reads logits back from
    # A product of arrays of unknown shapes (``W @ x`` in a per-example function, or ``x @ W``):
    # which axis is the batch is not known.
    layout_unknown: bool = False
    # The raw scores an activation was applied to here (``torch.sigmoid(f_logits)``): how they
    # are trained says what decoding the probabilities means.
    activated: Head | None = None
    dot_factors: bool = False  # a * b of feature tensors: summed over the features, a score


@dataclass(frozen=True)
class Weights(Value):
    """An array of a known shape that is neither labels nor a prediction: a parameter
    (``tf.Variable(tf.zeros([784, 10]))``), whose last dimension is a product's width."""

    shape: tuple[int | None, ...]
    # Where zeros or ones were made (torch.ones(batch_size)): 0/1 targets where a loss takes
    # them as its labels.
    filled: Evidence | None = None
    dtype: Dtype | None = None  # when given (np.zeros((n, 4), dtype=np.int64))


@dataclass(frozen=True)
class Model(Value):
    """A model: its head as built so far, and its compile() configuration."""

    evidence: Evidence  # where it was created
    head: Head | None
    name: str | None = None
    loss: Value | None = None  # a LossValue, a Function (custom loss), or UNKNOWN
    metrics: tuple[Metric, ...] = ()
    output_metrics: tuple[tuple[Metric, ...], ...] = ()  # a multi-output model's, per output
    instance: Instance | None = None
    labels: Labels | None = None  # what fit() trained it on
    # A multi-output model: (output name, head) per output, in order; ``head`` is then None.
    outputs: tuple[tuple[str | None, Head | None], ...] = ()
    rank: int | None = None  # the rank of its output, when known (sequence models: 3)
    layout_unknown: bool = False  # which axis of its output is the batch (``img @ txt.T``)
    # forward returns (prediction, *rest): the rest (``return logits, F.softmax(logits, 1)``)
    rest: tuple[Value, ...] | None = None
    # forward returns a list of outputs alike, how many not known (a head per task, made in a
    # loop: ``[head(h) for head in self.heads]``): ``head`` is each one's
    listed: bool = False
    # forward returns a dict of outputs (``{"category": logits, "score": ...}``): what it holds
    keyed: Dict | None = None
    forward: str | None = None  # the method that computes its output (a user class's)
    compiled_at: Evidence | None = None  # the compile() whose loss it has now
    # A library's model class (torchvision's resnet18()): its own forward runs, so a module
    # registered on it (``add_module("softmax", ...)``) is no layer on top, as on a Sequential.
    library_class: bool = False
    # The keyword under which it takes labels and computes its own loss on them (Hugging
    # Face's ``model(**batch, labels=y)``): that loss, ``loss``, is paired with them there.
    labels_keyword: str | None = None
    per_example: bool = False  # called on one sample (an equinox module, not vmapped)

    def renamed(self, name: str) -> Model:
        head = self.head.named(name) if self.head is not None else None
        return replace(self, name=name, head=head)


@dataclass(frozen=True)
class LossValue(Value):
    """A loss object or loss function, configured (``CategoricalCrossentropy(from_logits=True)``)."""

    loss: Loss
    qualname: str


@dataclass(frozen=True)
class MetricValue(Value):
    metric: Metric


@dataclass(frozen=True)
class LabelArray(Value):
    """An array (or tensor) of labels with a known or unknown encoding."""

    labels: Labels
    flipped: bool = False  # 1 - y: the same 0/1 labels, each flipped
    # np.zeros(n), torch.ones(batch): 0/1 labels where a loss takes them as targets, a bias
    # where they are added to scores (h @ W + jnp.zeros(n_classes))
    filled: bool = False
    logged: bool = False  # log(y): a hand-written loss reading the labels as its predictions


@dataclass(frozen=True)
class Dataset(Value):
    """A dataset or generator yielding ``(x, y)`` with labels ``labels`` (None: no labels)."""

    labels: Labels | None
    evidence: Evidence | None = None
    width: int = 2  # the tensors of an item, the labels last (TensorDataset(ids, mask, y): 3)
    # What the tensors before the last are, by position, where some are labels too (a
    # multi-task TensorDataset(x, y_age, y_species)); () when none is.
    firsts: tuple[Labels | None, ...] = ()


@dataclass(frozen=True)
class Frame(Value):
    """A table of named columns (a pandas DataFrame): the columns this code assigned (any
    other column of a loaded table is one value per row, of unknown kind)."""

    columns: tuple[tuple[str, Value], ...] = ()
    # A Hugging Face dataset: iterating (a DataLoader over it) yields batches of the same
    # columns, whose shapes are not known (a column may hold sequences).
    records: bool = False
    splits: bool = False  # a dict of such datasets by split name: ds["train"]
    positional: bool = False  # a matrix (np.loadtxt, df.values): columns by position
    dtype: Dtype | None = None  # of every column (np.loadtxt: float)
    width: int | None = None  # how many columns, when named in a list (df[LABELS])

    def column(self, name: str) -> Value | None:
        return dict(self.columns).get(name)

    def with_column(self, name: str, value: Value) -> Frame:
        return replace(self, columns=(*((k, v) for k, v in self.columns if k != name),
                                      (name, value)))


def const_int(value: Value) -> int | None:
    """The integer a value is known to be (not a bool)."""
    if isinstance(value, Const) and isinstance(value.value, int) and not isinstance(value.value, bool):
        return value.value
    return None


def literal(node: cst.BaseExpression) -> Value:
    """A literal's value; unknown when Python would refuse it (bad escapes, huge numbers)."""
    try:
        value = node.evaluated_value  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - SyntaxError, ValueError...: not the analyser's error
        return UNKNOWN
    return Const(value, node) if isinstance(value, (str, int, float)) else UNKNOWN
