"""What the extractor learns about a program, as plain data for the rules.

The interpreter reads the code once and records *facts*: a model's head, a loss and what it
expects, the labels' encoding, a decoder applied to predictions, and the *pairings* of these
that training actually puts together. Rules are small functions over these records; they never
walk the syntax tree themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

import libcst as cst

# How an activation's output relates to probabilities. The rules reason on these classes, not on
# activation names, so a new activation is one table row (knowledge/activations.py).
EXCLUSIVE = "exclusive"  # softmax: a distribution over the class axis
INDEPENDENT = "independent"  # sigmoid: one probability per unit
LOG_PROBS = "log-probs"  # log_softmax / log_sigmoid
NOT_PROBS = "not-probs"  # linear and every activation that is no probability (relu, tanh, ...)


@dataclass(frozen=True)
class Evidence:
    """One link of the chain of evidence: a node of the user's code and how to call it."""

    node: cst.CSTNode
    labeler: Callable[[cst.CSTNode], str] = field(compare=False, repr=False)

    def __repr__(self) -> str:  # the node's repr is pages long
        return f"Evidence({self.label!r})"

    @cached_property
    def label(self) -> str:
        """The user's own spelling, e.g. ``Dense(10, activation='softmax')`` (computed only
        for the evidence of a finding: generating code is not free)."""
        return self.labeler(self.node)


@dataclass(frozen=True)
class Head:
    """What a model (or a tensor expression) emits: its last activation and width."""

    activation: str  # canonical name ("softmax", "sigmoid", "linear", "relu", ...)
    kind: str  # EXCLUSIVE | INDEPENDENT | LOG_PROBS | NOT_PROBS
    units: int | None
    evidence: Evidence
    axis: int | None = -1
    inline: bool = False  # applied by a function call in this code, not by a model layer
    model: str | None = None  # the user's name of the model, e.g. "model"

    def named(self, model: str | None) -> "Head":
        return replace(self, model=model) if model is not None else self


# Loss families: which targets a loss takes.
EXCLUSIVE_FAMILIES = frozenset({"categorical", "sparse", "cross_entropy", "nll"})
# categorical: one-hot or probability targets; sparse / nll: class indices; cross_entropy
# (PyTorch): class indices as integers or probabilities as floats; binary: 0/1 per unit;
# kld: a target distribution; multilabel_margin: -1-padded index lists; regression: values.
INDEX_FAMILIES = frozenset({"sparse", "cross_entropy", "nll"})

# What a loss expects as its prediction input.
LOGITS = "logits"
PROBS = "probs"
LOG_PROBS_INPUT = "log-probs"


@dataclass(frozen=True)
class Loss:
    """A loss as configured: which family, and what it expects as predictions."""

    family: str
    expects: str | None  # LOGITS | PROBS | LOG_PROBS_INPUT; None: unknown or not a probability loss
    evidence: Evidence
    framework: str = "keras"
    logits_flag: cst.CSTNode | None = None  # the `from_logits=` value node, for fixes
    handwritten: bool = False
    axis: int | None = -1
    reconciles_rank: bool = True  # Keras loss classes and fit() accept (N,) vs (N, 1); functions do not
    name: str = ""  # the API's own name, e.g. "CrossEntropyLoss"
    reduction: str | None = None

    @property
    def signature(self) -> str:
        return "(input, target)" if self.framework == "torch" else "(y_true, y_pred)"

    @property
    def expects_logits(self) -> bool:
        return self.expects == LOGITS

    @property
    def expects_probs(self) -> bool:
        return self.expects == PROBS

    @property
    def expects_log_probs(self) -> bool:
        return self.expects == LOG_PROBS_INPUT

    @property
    def exclusive(self) -> bool:
        return self.family in EXCLUSIVE_FAMILIES


# Label encodings.
INDEX = "index"  # class indices, (N,) or (N, 1)
ONEHOT = "onehot"
MULTIHOT = "multihot"
BINARY = "binary"  # 0/1 targets of a binary problem
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Labels:
    encoding: str
    evidence: Evidence | None = None
    n_classes: int | None = None
    one_based: bool = False
    transposed: bool = False
    n_evidence: Evidence | None = None  # where the class count comes from
    rank: int | None = None  # 1: (N,), 2: (N, 1) or (N, C)
    dtype: str | None = None  # "int64" | "int32" | "uint8" | "bool" | "float" | None


@dataclass(frozen=True)
class Metric:
    name: str  # canonical: "accuracy", "binary_accuracy", "auc", "binary_crossentropy", ...
    evidence: Evidence
    from_logits: bool | None = None
    threshold: float | None = None


@dataclass(frozen=True)
class Training:
    """A pairing: this head is trained with this loss on these labels."""

    head: Head | None
    loss: Loss
    site: Evidence  # the compile()/fit()/loss call that pairs them
    labels: Labels | None = None
    metrics: tuple[Metric, ...] = ()
    output_rank: int | None = None  # 3: a (N, L, C) sequence output, class axis last


@dataclass(frozen=True)
class Decoding:
    """Predictions of a head turned into classes: argmax, a threshold, rounding."""

    head: Head
    op: str  # "argmax" | "threshold" | "round"
    evidence: Evidence
    loss: Loss | None = None
    labels: Labels | None = None
    threshold: float | None = None
    whole: bool = True  # the whole prediction matrix, not one column
    model_head: Head | None = None  # the model's own head (``head`` may be a sigmoid applied after)


@dataclass(frozen=True)
class ActivationSite:
    """An activation applied to a tensor of known width (layer or function call)."""

    head: Head
    batch_axis_known: bool = True
    input_rank: int | None = None  # 3: a sequence (N, L, C), where PyTorch's implicit dim is 0


@dataclass(frozen=True)
class LossCallSite:
    """A loss called directly, with what reached its labels slot and its prediction slot."""

    loss: Loss
    site: Evidence
    labels_slot: Evidence
    output_slot: Evidence
    labels_slot_is_output: bool
    output_slot_is_labels: bool
    signature: str  # "(y_true, y_pred)" | "(input, target)"


@dataclass(frozen=True)
class PositionalOption:
    """A loss option passed positionally that lands in another parameter (XL502)."""

    callee: str
    parameter: str
    meant: str | None  # the option such a number usually means; None: nothing to suggest
    value: Evidence
    effect: str = "the loss silently changes meaning"


@dataclass(frozen=True)
class UnstableComposition:
    """``log(softmax(x))`` and friends, where a fused stable op exists (XL104)."""

    outer: Evidence
    inner: Head
    suggestion: str


@dataclass
class Facts:
    """Everything one module told the interpreter; the input of every rule."""

    trainings: list[Training] = field(default_factory=list)
    # `-sum(y * log(p))` written by hand: only XL102 and XL301 can judge these (a hand-written
    # binary cross-entropy, a Poisson NLL or a focal term share the same `y * log(p)` shape).
    handwritten: list[Training] = field(default_factory=list)
    decodings: list[Decoding] = field(default_factory=list)
    activations: list[ActivationSite] = field(default_factory=list)
    loss_calls: list[LossCallSite] = field(default_factory=list)
    positional_options: list[PositionalOption] = field(default_factory=list)
    compositions: list[UnstableComposition] = field(default_factory=list)
