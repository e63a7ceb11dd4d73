"""What the extractors learn about a program, as plain data for the rules.

The interpreter reads a module once and the framework extractors record *facts*: a model's
head, a loss and what it expects, the labels' encoding, a decoder applied to predictions, and
the *pairings* of these that training actually puts together. Rules are small functions over
these records; they never walk the syntax tree themselves.

Every vocabulary is a ``Literal`` type, so a misspelled word (``loss.family == "binay"``) is a
type error, not a comparison that is silently never true.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # annotations only: the runtime guard reads the tables without libcst
    import libcst as cst

    from .frameworks.specs import LossSpec

# How an activation's output relates to probabilities. The rules reason on these kinds, not on
# activation names, so a new activation is one table row (frameworks/shared/activations.py).
Kind = Literal[
    "exclusive",  # softmax: a distribution over the class axis
    "independent",  # sigmoid: one probability per unit
    "log-probs",  # log_softmax / log_sigmoid
    "not-probs",  # linear and every activation that is no probability (relu, tanh, ...)
]

# What a loss expects as its prediction input.
Expects = Literal["logits", "probs", "log-probs"]

# Loss families: which targets a loss takes. categorical: one-hot or probability targets;
# sparse / nll: class indices; cross_entropy (PyTorch): class indices as integers or
# probabilities as floats; binary: 0/1 per unit; kld: a target distribution;
# multilabel_margin: -1-padded index lists; regression: values.
Family = Literal["categorical", "sparse", "cross_entropy", "nll", "binary", "kld",
                 "multilabel_margin", "regression", "other"]  # other: a known loss that claims nothing
EXCLUSIVE_FAMILIES: frozenset[Family] = frozenset({"categorical", "sparse", "cross_entropy", "nll"})
INDEX_FAMILIES: frozenset[Family] = frozenset({"sparse", "cross_entropy", "nll"})

# Label encodings; "unknown": known to be labels, encoding not known.
Encoding = Literal["index", "onehot", "multihot", "binary", "unknown"]

# Canonical dtypes of labels.
Dtype = Literal["int64", "int32", "uint8", "bool", "float"]
INTEGER_DTYPES: frozenset[Dtype] = frozenset({"int64", "int32", "uint8", "bool"})

# How predictions are turned into classes.
DecodeOp = Literal["argmax", "threshold", "round", "metric"]  # metric: a metric object called

# What a layer does to the last axis of its input.
LayerRole = Literal[
    "dense",  # sets the last axis: Dense, Linear, convolutions (with an optional fused activation)
    "activation",  # applies an activation to its input
    "normalization",  # normalises: not a probability
    "neutral",  # changes nothing that matters: dropout, identity
    "reshape",  # keeps the activation, loses the width
    "wrapper",  # applies the layer it wraps (TimeDistributed)
    "merge",  # merges several inputs (Add, Average): raw scores of one width stay so
    "model", "unknown",  # a model used as a layer; a layer not known
]


@dataclass(frozen=True)
class Evidence:
    """One link of the chain of evidence: a node of the user's code (the reporter spells it in
    the user's own words, only for the evidence of a finding)."""

    node: cst.CSTNode

    def __repr__(self) -> str:  # the node's repr is pages long
        return f"Evidence({type(self.node).__name__})"


@dataclass(frozen=True)
class Head:
    """What a model (or a tensor expression) emits: its last activation and width."""

    activation: str  # canonical name ("softmax", "sigmoid", "linear", "relu", ...)
    kind: Kind
    units: int | None
    evidence: Evidence
    axis: int | None = -1  # None: a framework's implicit axis (PyTorch's deprecated dim)
    inline: bool = False  # applied by a function call in this code, not by a model layer
    model: str | None = None  # the user's name of the model, e.g. "model"
    alternatives: tuple[Evidence, ...] = ()  # alike heads of other branches' models: fix all

    def named(self, model: str | None) -> Head:
        return replace(self, model=model) if model is not None else self


@dataclass(frozen=True)
class Loss:
    """A loss as configured: its table row, and what it expects as predictions."""

    spec: LossSpec
    expects: Expects | None  # None: unknown (an unreadable from_logits), or not a probability loss
    evidence: Evidence
    logits_flag: cst.CSTNode | None = None  # the `from_logits=` value node, for fixes
    axis: int | None = -1
    # Keras loss classes and compile() accept (N,) labels against (N, 1) outputs; functions and
    # PyTorch losses do not (a hand-written loss is never judged on it).
    reconciles_rank: bool = True
    reduction: str | None = None
    # It reads its targets as log-probabilities: ``log_target=True``, or a loss of log targets
    # (its labels slot says so: optax's ``log_targets``).
    log_targets: bool = False

    @property
    def family(self) -> Family:
        return self.spec.family

    @property
    def exclusive(self) -> bool:
        return self.family in EXCLUSIVE_FAMILIES


@dataclass(frozen=True)
class Labels:
    encoding: Encoding
    evidence: Evidence | None = None
    n_classes: int | None = None
    one_based: bool = False
    transposed: bool = False
    n_evidence: Evidence | None = None  # where the class count comes from
    rank: int | None = None  # 1: (N,), 2: (N, 1) or (N, C)
    dtype: Dtype | None = None
    # n_classes is the range the values are drawn from (randint(0, C)): an upper bound, so more
    # output units than that leave classes unused but lose nothing.
    drawn: bool = False
    # A 0/1 matrix written out ([[0, 1], [1, 0]]): its columns are classes only where a head as
    # wide meets it; otherwise it may be an (N, L) map of class indices (segmentation).
    columns_presumed: bool = False
    # Where the dtype was last set, if not where the labels come from (y.astype(np.float32))
    dtype_evidence: Evidence | None = None


@dataclass(frozen=True)
class Metric:
    name: str  # canonical: "accuracy", "binary_accuracy", "auc", "binary_crossentropy", ...
    evidence: Evidence
    from_logits: bool | None = None
    threshold: float | None = None
    options: bool = True  # it takes from_logits= / threshold= (TF1's tf.metrics.auc does not)


@dataclass(frozen=True)
class Pairing:
    """This head is trained with this loss on these labels (``site``: the compile()/fit()/loss
    call that puts them together)."""

    head: Head | None
    loss: Loss
    site: Evidence
    labels: Labels | None = None
    metrics: tuple[Metric, ...] = ()
    output_rank: int | None = None  # 3: a (N, L, C) sequence output, class axis last
    # The loss was matched to this output by its place in a list (``loss=["mae", "bce"]`` of
    # a two-output model): a mismatch may be the list's order.
    by_place: bool = False
    # Set on what a compile() pairs: where the model compiled was created (see ModelUse).
    compiled: Evidence | None = None
    # A Keras loss got a TensorFlow Softmax/Sigmoid op's output as the op made it (``probs =
    # tf.nn.softmax(x)``, then ``loss(y, probs)``): traced into a graph, the loss reads the
    # op's logits back, as if from_logits=True. Kept by connect() only inside a
    # TracedFunction.
    fed_op_output: bool = False
    # The target, when it is an output too (a teacher's softmax, a log_softmax): what it is.
    target_kind: Kind | None = None


@dataclass(frozen=True)
class Decoding:
    """Predictions of a head turned into classes (argmax, a threshold, rounding), or read by a
    metric object."""

    head: Head
    op: DecodeOp
    evidence: Evidence
    loss: Loss | None = None
    labels: Labels | None = None
    threshold: float | None = None  # (per-class thresholds: the highest, when known)
    per_class: bool = False  # a threshold for each class (probs > thresholds): multi-label
    whole: bool = True  # the whole prediction matrix, not one column
    model_head: Head | None = None  # the model's own head (``head`` may be a sigmoid applied after)
    metric: Metric | None = None  # op "metric": the metric (``auc.update_state(y, logits)``)
    # The raw scores ``head`` was applied to in the code (``torch.sigmoid(f_logits)``, of a
    # part's output, not a model's): their training is the decoded model's.
    activated: Head | None = None

    @property
    def trained_head(self) -> Head:
        """The head whose training says what the decoded predictions are."""
        return self.model_head or self.activated or self.head


@dataclass(frozen=True)
class ActivationSite:
    """An activation applied to a tensor of known width (layer or function call)."""

    head: Head
    batch_axis_known: bool = True
    input_rank: int | None = None  # 3: a sequence (N, L, C)
    axis_parameter: str = "axis"  # how the API names its axis ("dim" in PyTorch)
    implicit_axis: str | None = None  # the framework's words for an axis left out, when it has one
    of_output: bool = False  # applied to a model's output itself (its width may not be known)
    # The functions of the analysed code that were running (outermost first): inside a function
    # mapped over the batch (MappedFunction), axis 0 is not the batch.
    within: tuple[cst.FunctionDef | cst.Lambda, ...] = field(default=(), compare=False,
                                                             repr=False)


@dataclass(frozen=True)
class ModelUse:
    """A model used after it was built: trained or evaluated on its compiled loss (``fit``,
    ``train_on_batch``, ``evaluate``), or only run (``predict``, called inside another model).
    A model compiled but only run never computes that loss (a GAN's generator, compiled by
    habit and trained only inside the combined model), nor does a compile() that another
    replaced before any training (``model.compile(...)`` to print a summary, then again to
    fit): those compile()s pair nothing."""

    model: Evidence  # where the model was created
    trained: bool
    compiled_at: Evidence | None = None  # trained: the compile() whose loss it computes


@dataclass(frozen=True)
class ModelOutput:
    """An activation applied in a model's own forward that the forward also returns: part of
    the model (``output = torch.sigmoid(self.fc(x))``, then ``loss = self.criterion(output,
    labels)`` and ``return loss, output``), not one applied inline at the loss (XL104)."""

    head: Evidence


@dataclass(frozen=True)
class MappedFunction:
    """A function mapped over the batch (``jax.vmap(per_example_loss)``, ``@jax.vmap``), or a
    model's forward or head run on one sample: axis 0 is not the batch in it (or at it)."""

    function: cst.FunctionDef | cst.Lambda | cst.CSTNode


@dataclass(frozen=True)
class TracedFunction:
    """A function traced into a graph (``@tf.function``, ``tf.function(train_step)``): in
    it, Keras' cross-entropies on TensorFlow take the logits from the Softmax or Sigmoid op
    that made their probabilities (Keras' ``_get_logits``), so they are not clipped."""

    function: cst.FunctionDef | cst.Lambda


@dataclass(frozen=True)
class LossCall:
    """A loss called directly, with what reached its labels slot and its prediction slot."""

    loss: Loss
    site: Evidence
    labels_slot: Evidence
    output_slot: Evidence
    labels_slot_is_output: bool
    # labels reached the prediction slot; or, by position, data not known where the model's
    # own output took the labels slot (``labels_known`` False)
    output_slot_is_labels: bool
    by_position: bool = False  # neither slot named by keyword
    labels_known: bool = True
    # Both slots are parameters of a function (a helper around the loss): the call of it
    # that passed them (``compute_loss(y, out)``), where the arguments are swapped.
    through: Evidence | None = None


@dataclass(frozen=True)
class PositionalOption:
    """A loss option passed positionally that lands in another parameter (XL502)."""

    callee: str
    parameter: str
    meant: str | None  # the option such a number usually means; None: nothing to suggest
    value: Evidence
    effect: str
    alongside: str = ""  # what the meant option needs beside it (apply_class_balancing=True)


@dataclass(frozen=True)
class Feed:
    """Labels fed to a graph's placeholder (TF1's ``feed_dict``): what the placeholder is."""

    placeholder: Evidence
    labels: Labels


@dataclass(frozen=True)
class UnstableComposition:
    """``log(softmax(x))`` and friends, where a fused stable op exists (XL104)."""

    outer: Evidence
    inner: Head
    suggestion: str


@dataclass(frozen=True)
class GraphApi:
    """A TF1 graph API (``tf.placeholder``, ``tf.Session``): the program was written for
    TensorFlow 1 (or 0.x), whose ``tf.nn`` losses took their arguments in another order."""

    evidence: Evidence


@dataclass(frozen=True)
class LegacySpelling:
    """An argument only an old version of the framework accepts (Keras 1's ``nb_epoch=``,
    which Keras 2.0 to 2.3 still took with a warning and later versions refuse): the program
    runs under that version, whose defaults differ from today's."""

    evidence: Evidence  # the argument's keyword
    version: str  # the last version that accepts it: "Keras 2.3"
    # What it is: a keyword the version still accepts, or the key under which that version
    # kept ``metrics=["accuracy"]`` in a fit's history (``history.history["acc"]``), which says
    # so only of a metric spelled "accuracy" ("acc" keeps its key in every version).
    # (or a call only that version has: TF1's ``tf.Session``)
    kind: Literal["keyword", "accuracy key", "call"] = "keyword"


Fact = (Pairing | Decoding | ActivationSite | LossCall | PositionalOption
        | UnstableComposition | Feed | LegacySpelling | GraphApi | MappedFunction | ModelUse
        | TracedFunction | ModelOutput)


@dataclass
class Facts:
    """Everything one module told the extractors; the input of every rule."""

    pairings: list[Pairing] = field(default_factory=list)
    # `-sum(y * log(p))` written by hand: only some rules can judge these (a hand-written
    # binary cross-entropy, a Poisson NLL or a focal term share the same `y * log(p)` shape).
    handwritten: list[Pairing] = field(default_factory=list)
    decodings: list[Decoding] = field(default_factory=list)
    activations: list[ActivationSite] = field(default_factory=list)
    loss_calls: list[LossCall] = field(default_factory=list)
    positional_options: list[PositionalOption] = field(default_factory=list)
    compositions: list[UnstableComposition] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    legacy: list[LegacySpelling] = field(default_factory=list)
    graph_apis: list[GraphApi] = field(default_factory=list)
    mapped: list[MappedFunction] = field(default_factory=list)
    uses: list[ModelUse] = field(default_factory=list)
    traced: list[TracedFunction] = field(default_factory=list)
    outputs: list[ModelOutput] = field(default_factory=list)
    # Evidence found in an imported module -> the call of this module that ran that code
    # (where a finding with no link here is reported: ``trainer.fit(model)``).
    entries: dict[cst.CSTNode, cst.CSTNode] = field(default_factory=dict)

    def record(self, fact: Fact, entry: cst.CSTNode | None = None) -> None:
        """Record ``fact``; ``entry``: the call of this module that ran the imported code
        where it was found."""
        self._list_for(fact).append(fact)
        if entry is not None:
            for node in _evidence_nodes(fact):
                self.entries.setdefault(node, entry)

    def retract(self, fact: Fact) -> None:
        """Take back a fact recorded earlier (a hand-written term that turned out to be part of
        a whole, correct loss); nothing happens when it is not there."""
        facts = self._list_for(fact)
        if fact in facts:
            facts.remove(fact)

    def connect(self) -> Facts:
        """Labels known only once fed (a TF1 placeholder) become the labels they are fed with,
        when every feed agrees on them; a written-out matrix counts as rows of classes only
        where a head of its width meets it; an activation applied in a function mapped over
        the batch (seen anywhere in the module) has no batch axis; a model compiled but only
        run (never trained or evaluated) pairs nothing at its compile(); a loss reads an op's
        logits back only in a traced function; an activation a model's forward returns is the
        model's, not one applied inline at the loss it also meets there (ModelOutput)."""
        traced = _Within(t.function for t in self.traced)
        unused = _UnusedCompiles(self.uses)
        returned = {id(output.head.node) for output in self.outputs}
        self.pairings = [
            _confirm_columns(_as_returned(p if not p.fed_op_output or p.site.node in traced
                                          else replace(p, fed_op_output=False), returned))
            for p in self.pairings
            if p.compiled is None or (id(p.compiled.node), id(p.site.node)) not in unused]
        self.handwritten = [_confirm_columns(p) for p in self.handwritten]
        self.decodings = [d if d.labels is None or not d.labels.columns_presumed
                          or d.head.units == d.labels.n_classes else replace(d, labels=None)
                          for d in self.decodings]
        mapped = {id(m.function) for m in self.mapped}
        self.activations = [replace(site, batch_axis_known=False)
                            if any(id(f) in mapped for f in (*site.within, site.head.evidence.node))
                            else site for site in self.activations]
        # Each placeholder's feeds by what they are (where they come from aside: training and
        # test labels encoded alike agree), the first of each kind kept.
        fed: dict[int, dict[Labels, Labels]] = {}
        for feed in self.feeds:
            kind = replace(feed.labels, evidence=None, n_evidence=None, dtype_evidence=None)
            fed.setdefault(id(feed.placeholder.node), {}).setdefault(kind, feed.labels)
        if not fed:
            return self

        def resolved(labels: Labels | None) -> Labels | None:
            if labels is None or labels.evidence is None:
                return labels  # (only a placeholder's labels have the placeholder as evidence)
            known = fed.get(id(labels.evidence.node))
            if known is None or len(known) != 1:
                return labels
            # The feed says what the labels are; the graph may have reshaped or cast them on
            # their way to the loss (tf.squeeze(y_), tf.cast(y_, tf.int32)).
            feed = next(iter(known.values()))
            return replace(feed, rank=labels.rank or feed.rank, dtype=labels.dtype or feed.dtype)

        self.pairings = [replace(p, labels=resolved(p.labels)) for p in self.pairings]
        self.handwritten = [replace(p, labels=resolved(p.labels)) for p in self.handwritten]
        return self

    def _list_for(self, fact: Fact) -> list[Any]:
        if isinstance(fact, Pairing):
            return self.handwritten if fact.loss.spec.handwritten else self.pairings
        lists: dict[type, list[Any]] = {
            Decoding: self.decodings, ActivationSite: self.activations,
            LossCall: self.loss_calls, PositionalOption: self.positional_options,
            UnstableComposition: self.compositions, Feed: self.feeds,
            LegacySpelling: self.legacy, GraphApi: self.graph_apis,
            MappedFunction: self.mapped, ModelUse: self.uses, TracedFunction: self.traced,
            ModelOutput: self.outputs}
        return lists[type(fact)]


def _as_returned(pairing: Pairing, returned: set[int]) -> Pairing:
    """A pairing whose head a model's forward also returns trains the model's own output."""
    head = pairing.head
    if head is None or not head.inline or id(head.evidence.node) not in returned:
        return pairing
    return replace(pairing, head=replace(head, inline=False))


class _UnusedCompiles:
    """The compile()s of models whose loss is never computed (see ModelUse): those of a model
    only run, and those of a model trained only on the losses of other compile()s, by
    (id of the model's creation, id of the compile)."""

    def __init__(self, uses: Iterable[ModelUse]) -> None:
        self._run: set[int] = set()
        self._trained: dict[int, set[int] | None] = {}  # None: some compile not known
        for use in uses:
            model = id(use.model.node)
            if not use.trained:
                self._run.add(model)
                continue
            known = self._trained.setdefault(model, set())
            if known is not None and use.compiled_at is not None:
                known.add(id(use.compiled_at.node))
            else:
                self._trained[model] = None

    def __contains__(self, key: tuple[int, int]) -> bool:
        model, compile_site = key
        if model not in self._trained:
            return model in self._run
        compiles = self._trained[model]
        return compiles is not None and compile_site not in compiles


class _Within:
    """Whether a node lies in one of some functions (their nodes collected when first asked)."""

    def __init__(self, functions: Iterable[cst.FunctionDef | cst.Lambda]) -> None:
        self._functions = list(functions)
        self._nodes: set[int] | None = None

    def __contains__(self, node: cst.CSTNode) -> bool:
        if self._nodes is None:
            self._nodes = set()
            pending: list[cst.CSTNode] = list(self._functions)
            while pending:
                current = pending.pop()
                self._nodes.add(id(current))
                pending.extend(current.children)
        return id(node) in self._nodes


def _confirm_columns(p: Pairing) -> Pairing:
    labels = p.labels
    if labels is None or not labels.columns_presumed:
        return p
    if p.head is not None and p.head.units == labels.n_classes and p.output_rank in (None, 2):
        return p
    return replace(p, labels=None)


def _evidence_nodes(fact: Fact) -> Iterator[cst.CSTNode]:
    """The nodes a fact's evidence points at (its own, its head's, loss's and labels')."""
    for value in vars(fact).values():
        if isinstance(value, (Head, Loss, Labels)):
            value = value.evidence
        if isinstance(value, Evidence):
            yield value.node
