"""Activations: what each one's output is, and applying one to a tensor.

The rules reason on an output's kind (facts.Kind), not on activation names, so a new activation
is one row of :data:`KINDS`. Applying an activation inline (``tf.nn.softmax(x)``,
``F.softmax(x, dim=1)``, ``x.softmax(dim=-1)``) is the same mechanic in every framework: the
framework's table row (specs.ActivationFunction) says where the tensor and the axis are.
"""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import ActivationSite, Evidence, Head, Kind, Loss, Pairing
from ...interp.api import Call, ExtractContext, FunctionHandler
from ...interp.values import UNKNOWN, Const, Function, Seq, Tail, Tensor, Value, item_kinds
from ..specs import ActivationFunction, LossSpec
from .values import const_int, guarded

# Canonical activation name -> what its output is.
KINDS: dict[str, Kind] = {
    "softmax": "exclusive",
    "sigmoid": "independent",
    "hard_sigmoid": "independent",
    "log_softmax": "log-probs",
    "log_sigmoid": "log-probs",
    **{name: "not-probs" for name in (
        "linear", "relu", "relu6", "leaky_relu", "elu", "selu", "gelu", "tanh", "softplus",
        "softsign", "swish", "silu", "mish", "exponential", "hard_silu", "hard_swish",
        "hard_tanh", "celu", "glu", "squareplus", "sparse_plus", "soft_shrink", "tanh_shrink",
        "prelu", "normalization",
    )},
}

# Activations whose outputs are never negative: their log is defined (a Poisson rate).
POSITIVE = frozenset({"relu", "relu6", "softplus", "exponential", "squareplus", "sparse_plus"})
# Bounded: shifted or scaled, they are something else (``0.5 * (tanh(x / 2) + 1)`` is a sigmoid)
BOUNDED = frozenset({"tanh", "softsign", "hard_tanh"})

# Spellings of the same activation in strings (``Dense(10, activation="Softmax")`` works too).
ALIASES: dict[str, str] = {
    "none": "linear",
    "identity": "linear",
    "logsoftmax": "log_softmax",
    "logsigmoid": "log_sigmoid",
    "hardsigmoid": "hard_sigmoid",
    "leakyrelu": "leaky_relu",
}

# Activations that return their input unchanged: as a layer of their own (Keras'
# `Activation("linear", dtype="float32")` casts a mixed-precision output), the output is what
# the layer before it made.
IDENTITY = frozenset({"linear"})

# The activations whose axis matters.
AXIS_ACTIVATIONS = frozenset({"softmax", "log_softmax"})

# A softmax (or log-softmax) of a softmax's probabilities, a sigmoid of a sigmoid's: trained
# on, the activation applies to probabilities as a loss on logits would (XL101), by its kind.
APPLIED_AGAIN: dict[Kind, LossSpec] = {
    "exclusive": LossSpec(api="softmax", family="categorical", framework="any",
                          expects="logits"),
    "independent": LossSpec(api="sigmoid", family="binary", framework="any", expects="logits"),
}
_KIND_OF_FAMILY = {"softmax": "exclusive", "log_softmax": "exclusive", "sigmoid": "independent",
                   "log_sigmoid": "independent"}


# Every string spelling of an activation, lower-case: ``activation="Softmax"`` works too.
SPELLINGS: dict[str, str] = {**{name: name for name in KINDS}, **ALIASES}


def make_head(activation: str, units: int | None, evidence: Evidence, axis: int | None = -1,
              inline: bool = False) -> Head | None:
    kind = KINDS.get(activation)
    if kind is None:
        return None
    return Head(activation, kind, units, evidence, axis, inline)


def read_axis(value: Value, implicit: bool) -> int | None | Value:
    """The axis an argument names: an int, None for an implicit axis left out (``implicit``
    frameworks only), or UNKNOWN when it cannot be read (then nothing is claimed)."""
    if implicit and isinstance(value, Const) and value.value is None:
        return None
    axis = const_int(value)
    return UNKNOWN if axis is None else axis


def apply_activation(ctx: ExtractContext, node: cst.CSTNode, activation: str, source: Value,
                     axis: int | None, spec: ActivationFunction | None = None) -> Value:
    """An activation applied inline to ``source``: the new head, and an activation site when
    ``source`` is a model's output whose axes are known. Of a number (``sigmoid(2.0)``, an
    expected value in a test) it is a number, not an output."""
    if isinstance(source, Const):
        return UNKNOWN
    if isinstance(source, (Seq, Tail)) and axis is not None and axis < 0:
        stacked = _each_activated(ctx, node, activation, source, axis, spec)
        if stacked is not None:
            return stacked
    units = source.head.units if isinstance(source, Tensor) and source.head is not None else None
    head = make_head(activation, units, ctx.evidence(node), axis, inline=True)
    if head is None:
        return UNKNOWN
    graph_op = spec is not None and spec.graph_op
    if not isinstance(source, Tensor):
        return Tensor(head, graph_op=graph_op)
    if source.head is not None or source.model is not None or source.rank is not None:
        ctx.record(ActivationSite(
            head, batch_axis_known=not (source.row or source.column or source.layout_unknown),
            input_rank=source.rank,
            axis_parameter=spec.axis.name if spec is not None and spec.axis else "axis",
            implicit_axis=spec.implicit_axis if spec is not None else None,
            of_output=source.model is not None, within=ctx.running()))
    raw = source.head if source.head is not None and source.head.kind == "not-probs" else None
    return replace(source, head=head, log_of=None, complement_of=None, complement=False,
                   picked=None, normaliser=False, exponentiated=None, loss_term=None,
                   negative_term=False, guarded=False, graph_op=graph_op,
                   activated=raw or source.activated,
                   if_trained=_applied_again(ctx, head, source.head) or source.if_trained)


def _each_activated(ctx: ExtractContext, node: cst.CSTNode, activation: str, outputs: Seq | Tail,
                    axis: int, spec: ActivationFunction | None) -> Tail | None:
    """``softmax(torch.stack(member_logits), -1)``: outputs alike stacked (an ensemble's
    members, dropout samples), activated over their classes: each of them is, and their mean
    over the stack is one of them again (ensembles.py)."""
    from .ensembles import alike_outputs

    kinds = item_kinds(outputs)
    if not kinds or not alike_outputs(outputs):
        return None
    return Tail.repeating((apply_activation(ctx, node, activation, kinds[0], axis, spec),))


def _applied_again(ctx: ExtractContext, applied: Head, given: Head | None) -> Pairing | None:
    """``F.log_softmax(model(x), 1)`` of a model ending in a softmax (a focal loss's first
    step), ``torch.sigmoid(p)`` of sigmoid probabilities: the activation applied twice, as a
    pairing recorded once it is trained on."""
    kind = _KIND_OF_FAMILY.get(applied.activation)
    if given is None or kind is None or given.kind != kind or (
            given.activation != applied.activation.removeprefix("log_")) or (
            kind == "exclusive" and given.units == 1):  # (a softmax of one unit: XL203)
        return None
    if kind == "exclusive" and given.axis != applied.axis and {given.axis, applied.axis} != {
            1, -1}:
        return None  # (another axis: a softmax over time of class probabilities, say)
    return Pairing(head=given, loss=Loss(APPLIED_AGAIN[kind], "logits", applied.evidence),
                   site=applied.evidence)


def apply_function(ctx: ExtractContext, call: Call, spec: ActivationFunction, source: Value,
                   axis_value: Value) -> Value:
    """``spec``'s activation applied to ``source`` with the axis ``axis_value`` names."""
    axis: int | None = -1
    if spec.activation in AXIS_ACTIVATIONS and spec.axis is not None:
        read = read_axis(axis_value, spec.implicit_axis is not None)
        if read is UNKNOWN:
            return UNKNOWN  # an axis we cannot read: nothing to claim about this softmax
        axis = read  # type: ignore[assignment]
    return apply_activation(ctx, call.node, spec.activation, source, axis, spec)


def activation_handler(table: dict[str, ActivationFunction]) -> FunctionHandler:
    """The handler of an activation function table: ``tf.nn.softmax(x, axis=...)``."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        spec = table[call.qualname]
        given = [name for name in spec.inputs if name in call.kwargs]
        if not call.args and not given:
            return UNKNOWN  # the function itself, passed around (activation=tf.nn.softmax)
        source = call.args[0] if call.args else call.kwargs[given[0]]
        axis_value = (call.arg(spec.axis.index, spec.axis.name, Const(spec.default_axis))
                      if spec.axis is not None else Const(-1))
        applied = apply_function(ctx, call, spec, source, axis_value)
        if not spec.differentiable and isinstance(applied, Tensor):
            return guarded(applied)
        return applied

    return handler


# exp undoes a log: exp(log_softmax(x)) is softmax(x).
_EXPONENTIATED = {"log_softmax": "softmax", "log_sigmoid": "sigmoid"}


def exponential(ctx: ExtractContext, call: Call) -> Value:
    return exponential_of(ctx, call.args[0] if call.args else UNKNOWN, call.node)


def exponential_of(ctx: ExtractContext, value: Value, node: cst.CSTNode) -> Value:
    """``torch.exp(F.log_softmax(x, 1))``, ``log_probs.exp()``: probabilities again;
    ``torch.exp(logits)``: what a softmax or log-softmax written by hand is made of."""
    if not isinstance(value, Tensor) or value.head is None or value.log_of is not None:
        return UNKNOWN
    activation = _EXPONENTIATED.get(value.head.activation)
    head = value.head
    if activation is None:
        return Tensor(None, exponentiated=head, row=value.row,
                      layout_unknown=value.layout_unknown) if head.kind == "not-probs" else UNKNOWN
    # (applied here, in the code, whatever the log-probabilities came from)
    new = make_head(activation, head.units, ctx.evidence(node), head.axis, inline=True)
    return replace(value, head=replace(new, model=head.model) if new is not None else None)


KEPT = "kept"  # (what applied_by says of a function that gives its input back, scaled)


def applied_by(ctx: ExtractContext, function: Value, evidence: Evidence) -> str | None:
    """The probability activation a function of the code applies to raw scores
    (``Lambda(lambda x: tf.nn.softmax(x / T))``), :data:`KEPT` when it gives them back as
    they are but for a scale (``lambda z: z / temperature``), or None."""
    if not isinstance(function, Function):
        return None
    scores = make_head("linear", None, evidence)
    result = ctx.run_function(function, (Tensor(scores),))
    if not isinstance(result, Tensor) or result.head is None:
        return None
    if result.head is scores:
        return KEPT if result.rank is None else None
    return result.head.activation if result.head.kind in (
        "exclusive", "independent", "log-probs") else None
