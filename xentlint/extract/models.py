"""Model graphs shared by every framework: layers folded into heads, models called on
tensors, and a loss called on a model output and labels.

Keras ``Sequential`` and PyTorch ``nn.Sequential`` fold the same way; a Keras loss takes
``(y_true, y_pred)`` and a PyTorch loss ``(input, target)``, so the pairing takes the argument
positions from the framework and judges swapped arguments (XL501) from the dataflow.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..facts import ActivationSite, Evidence, Head, Labels, Loss, LossCallSite, Training
from ..interpreter import Call, Interpreter
from ..knowledge.activations import kind_of
from ..values import (
    UNKNOWN, Dataset, Function, LabelArray, Layer, LossValue, Model, Seq, Tensor, Value,
)


def make_head(activation: str, units: int | None, evidence: Evidence, axis: int | None = -1,
              inline: bool = False) -> Head | None:
    kind = kind_of(activation)
    if kind is None:
        return None
    return Head(activation, kind, units, evidence, axis, inline)


def apply_layer(interp: Interpreter, layer: Layer, head: Head | None, known_input: bool = True,
                rank: int | None = None) -> Head | None:
    """The head after ``layer`` is applied to a tensor whose head is ``head``."""
    if layer.role == "neutral":
        return head
    if layer.role == "reshape":
        return replace(head, units=None) if head is not None else None
    if layer.role == "model":
        return layer.model.head if layer.model is not None else None
    if layer.role == "dense":
        return make_head(layer.activation or "linear", layer.units, layer.evidence)
    if layer.role in ("activation", "normalization") and layer.activation is not None:
        units = head.units if head is not None else None
        new = make_head(layer.activation, units, layer.evidence, layer.axis)
        if new is not None and layer.role == "activation" and known_input:
            interp.facts.activations.append(ActivationSite(new, batch_axis_known=True, input_rank=rank))
        return new
    return None


def apply_activation(interp: Interpreter, node, activation: str, source: Value,
                     axis: int | None) -> Value:
    """An activation applied inline by a function or tensor method (``tf.nn.softmax(x)``,
    ``x.softmax(dim=1)``): the new head, and an activation site when ``source`` is a model's
    output whose axes are known."""
    units = source.head.units if isinstance(source, Tensor) and source.head is not None else None
    head = make_head(activation, units, interp.evidence(node), axis, inline=True)
    if head is None:
        return UNKNOWN
    if not isinstance(source, Tensor):
        return Tensor(head)
    if source.head is not None or source.model is not None or source.rank is not None:
        interp.facts.activations.append(ActivationSite(head, batch_axis_known=not source.row,
                                                       input_rank=source.rank))
    return replace(source, head=head, log_of=None, picked=None, normaliser=False,
                   handwritten_nll=None)


def fold_layers(interp: Interpreter, items: Iterable[Value]) -> Head | None:
    """The head of a stack of layers (``Sequential``): an unknown layer makes it unknown,
    until a later layer (a Dense, an activation) sets it again."""
    head: Head | None = None
    for item in items:
        layer = as_layer(item)
        head = apply_layer(interp, layer, head) if layer is not None else None
    return head


def as_layer(value: Value) -> Layer | None:
    if isinstance(value, Layer):
        return value if value.role != "unknown" else None
    if isinstance(value, Model):
        return Layer("model", value.evidence, "model", model=value)
    return None


def as_model_output(head: Head | None) -> Head | None:
    """A head that became a model's output: a softmax inside the model is part of the model,
    not an activation applied inline at the loss (XL104)."""
    return replace(head, inline=False) if head is not None and head.inline else head


def output_head(model: Model) -> Head | None:
    """The model's head, carrying the user's name for the model."""
    return model.head.named(model.name) if model.head is not None else None


def is_output(value: Value) -> bool:
    """A model's output (or an activation of it), as opposed to labels or a log of it."""
    return isinstance(value, Tensor) and value.log_of is None and (
        value.model is not None or value.head is not None)


def labels_of(value: Value) -> Labels | None:
    if isinstance(value, (LabelArray, Dataset)):
        return value.labels
    return None


def pair_loss_call(interp: Interpreter, loss: Loss, call: Call, labels_at: tuple[int, str],
                   output_at: tuple[int, str]) -> None:
    """A loss called on a prediction and labels: pair them, unless the arguments are swapped
    (judged from the dataflow: what reaches each slot), which XL501 reports instead."""
    labels, output = call.arg(*labels_at), call.arg(*output_at)
    labels_node, output_node = call.arg_node(*labels_at), call.arg_node(*output_at)
    if labels_node is not None and output_node is not None:
        interp.facts.loss_calls.append(LossCallSite(
            loss=loss, site=interp.evidence(call.node),
            labels_slot=interp.evidence(labels_node), output_slot=interp.evidence(output_node),
            labels_slot_is_output=is_output(labels), output_slot_is_labels=isinstance(output, LabelArray),
            signature=loss.signature))
    if is_output(labels) and not is_output(output):
        return
    head = output.head if isinstance(output, Tensor) else None
    if head is not None and isinstance(output, Tensor) and output.model is not None:
        head = head.named(output.model.name)
    rank = output.rank if isinstance(output, Tensor) else None
    interp.facts.trainings.append(Training(head, loss, interp.evidence(call.node), labels_of(labels),
                                           output_rank=rank))


def call_model_parts(interp: Interpreter, func: Value, call: Call) -> Value | None:
    """Calling a layer on a tensor, a model on inputs, or a configured loss object."""
    if isinstance(func, Layer):
        source = call.args[0] if call.args else call.kwargs.get("inputs", UNKNOWN)
        if isinstance(source, Tensor):
            rank = source.rank if func.role in ("dense", "activation", "neutral", "normalization") else None
            head = apply_layer(interp, func, source.head, rank=source.rank)
            return Tensor(head, output_name=func.name, rank=rank)
        if func.role == "dense":
            return Tensor(apply_layer(interp, func, None), output_name=func.name)
        return Tensor(None) if source is not UNKNOWN else UNKNOWN
    if isinstance(func, Model):
        if func.instance is not None and (len(call.args) > 1 or call.kwargs):
            # model(x, return_probs=False): the head depends on the arguments; run it again.
            method = func.instance.cls.method("forward") or func.instance.cls.method("call")
            if method is not None:
                result = interp.call_function(Function(method, func),
                                              call.args, call.kwargs, call)
                rest: tuple[Value, ...] = ()
                if isinstance(result, Seq) and result.items:  # (output, hidden)
                    result, rest = result.items[0], result.items[1:]
                if not isinstance(result, Tensor):
                    return Tensor(None, func)
                head = as_model_output(result.head)
                output = Tensor(head.named(func.name) if head else None, func, rank=result.rank)
                return Seq((output, *rest)) if rest else output
        output = Tensor(output_head(func), func, rank=func.rank)
        if func.returns_tuple:
            return Seq((output, *(UNKNOWN,) * (func.returns_tuple - 1)))
        return output
    if isinstance(func, LossValue):
        pair_loss_call(interp, func.loss, call, func.labels_at, func.output_at)
        return Tensor(None)
    return None
