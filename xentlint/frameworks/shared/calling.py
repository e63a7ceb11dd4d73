"""Calling a model's parts: a layer on a tensor (its output, of the input's rank where the
layer keeps it), a model on inputs (its predictions: one row for one sample, a layout not known
for a sequence of them), a loss object on predictions and labels, and an instance of the user's
class through its ``__call__``."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import MappedFunction, ModelUse, Pairing
from ...interp.api import Call, ExtractContext
from ...interp.values import (
    UNKNOWN, Function, Instance, Layer, LossValue, Model, Seq, Tail, Tensor, Value, Weights,
)
from .activations import make_head
from .ensembles import alike_outputs
from .losses import pair_loss_call
from .models import (
    apply_layer, as_model_output, as_output, keyed_outputs, output_head, outputs_by_name,
    predictions,
)
from .values import labels_of


def call_model_parts(ctx: ExtractContext, func: Value, call: Call) -> Value | None:
    """Calling a layer on a tensor, a model on inputs, or a configured loss object."""
    if isinstance(func, Layer) and func.role == "merge":
        return _merged(ctx, func, call)
    if isinstance(func, Layer):
        source = call.args[0] if call.args else call.kwargs.get("inputs", UNKNOWN)
        if isinstance(source, Tensor):
            rank = source.rank if func.role in ("dense", "activation", "neutral", "normalization") else None
            head = apply_layer(ctx, func, source.head, rank=source.rank)
            return Tensor(head, output_name=func.name, rank=rank,
                          row=source.row or func.per_example and source.rank is None)
        if func.role == "activation" and source is UNKNOWN and call.args:
            # (a softmax layer gives probabilities whatever it is given: Rescaling's output)
            return Tensor(apply_layer(ctx, func, None, known_input=False), output_name=func.name)
        if func.role == "dense":
            # on an array of a known shape (torch.randn(1024, 8)): the output has its rank
            rank = len(source.shape) if isinstance(source, Weights) and source.shape else None
            return Tensor(apply_layer(ctx, func, None), output_name=func.name, rank=rank,
                          row=rank == 1 if rank is not None else func.per_example)
        return Tensor(None) if source is not UNKNOWN else UNKNOWN
    if isinstance(func, Model):
        return _call_model(ctx, func, call)
    if isinstance(func, LossValue):
        pair_loss_call(ctx, func.loss, call)
        return Tensor(None)
    return None


def _merged(ctx: ExtractContext, layer: Layer, call: Call) -> Value:
    """``layers.Add()([wide, deep])``: raw scores of one width summed (or averaged) are raw
    scores of that width, a wide & deep model's logit; anything else merged is not known."""
    given = call.args[0] if call.args else UNKNOWN
    parts = given.items if isinstance(given, Seq) else ()
    heads = [part.head for part in parts if isinstance(part, Tensor) and part.head is not None]
    if (layer.qualname.endswith(".Average") and isinstance(given, Seq) and alike_outputs(given)
            and heads[0].kind in ("exclusive", "independent")):
        # the mean of probabilities of one kind (an ensemble's): probabilities of that kind
        return Tensor(replace(heads[0], evidence=ctx.evidence(call.node), inline=False),
                      output_name=layer.name, mixture=True)
    if not parts or len(heads) != len(parts) or len({h.units for h in heads}) != 1 or any(
            h.kind != "not-probs" or h.activation != "linear" for h in heads):
        return Tensor(None) if parts else UNKNOWN
    first = parts[0]
    assert isinstance(first, Tensor)
    return Tensor(make_head("linear", heads[0].units, ctx.evidence(call.node)),
                  output_name=layer.name, rank=first.rank)


def _call_model(ctx: ExtractContext, model: Model, call: Call) -> Value:
    if not (isinstance(call.node, cst.Call) and isinstance(call.node.func, cst.Name)
            and call.node.func.value == "self"):  # (self(x) in its own train_step: training)
        ctx.record(ModelUse(model.evidence, trained=False))  # run, inside another model or not
    given = call.kwargs.get(model.labels_keyword) if model.labels_keyword else None
    node = call.arg_node(-1, model.labels_keyword) if model.labels_keyword else None
    if given is not None and node is not None and isinstance(model.loss, LossValue):
        # its own loss, on those labels (reported at them: the call's arguments are not the
        # loss's, to edit)
        ctx.record(Pairing(output_head(model), model.loss.loss, ctx.evidence(node),
                           labels_of(given)))
    if model.instance is not None and model.forward and (len(call.args) > 1 or call.kwargs):
        # model(x, return_probs=False): the head depends on the arguments; run it again.
        method = model.instance.cls.method(model.forward)
        if method is not None:
            result = ctx.run_function(Function(method, model), call.args, call.kwargs, call)
            keyed = outputs_by_name(result)
            if keyed is not None:  # ({"logits": z, "probs": p}, Output(...): read by name)
                return keyed_outputs(model, keyed)
            rest: tuple[Value, ...] = ()
            if isinstance(result, Seq) and result.items:  # (output, hidden)
                rest = tuple(as_output(item) for item in result.items[1:])
                result = result.items[0]
            output = Tensor(None, model)  # (its head not known; what it returns beside, kept)
            if isinstance(result, Tensor):
                head = as_model_output(result.head)
                output = Tensor(head.named(model.name) if head else None, model,
                                rank=result.rank, layout_unknown=result.layout_unknown)
            return Seq((output, *rest)) if rest else output
    axes = _input_axes(call)
    if axes == 1:
        # (its forward, or its head, runs on one sample, as a function mapped over a batch
        # does: axis 0 is no batch there, a policy's softmax(dim=0) over one observation)
        forward = model.instance.cls.method(model.forward) if (
            model.instance is not None and model.forward) else None
        if forward is not None:
            ctx.record(MappedFunction(forward))
        elif model.head is not None:
            ctx.record(MappedFunction(model.head.evidence.node))
    # (one sample in, one row of classes out; a per-example model given no known batch)
    predicted = predictions(model, model.rank, axes == 1 or (
        model.per_example and (axes is None or axes < 2)))
    if isinstance(predicted, Tensor) and model.rank is None and axes == 3:
        # ((N, L, features) or (N, C, L) in: where its output's classes lie depends on the
        # layers; images, of four axes, go to (N, C))
        predicted = replace(predicted, layout_unknown=True)
    if model.rest is not None:
        return Seq((predicted, *model.rest))
    if model.listed:
        return Tail.repeating((predicted,))
    if model.keyed is not None:  # out["category"]: that output of this model
        return keyed_outputs(model, model.keyed)
    return predicted


def _input_axes(call: Call) -> int | None:
    """How many axes the array a model is called on has, when it is known (``model(x[0])`` of
    an (N, features) array: 1)."""
    given = call.args[0] if call.args else UNKNOWN
    return len(given.shape) if isinstance(given, Weights) else None


def call_instance(ctx: ExtractContext, func: Value, call: Call) -> Value | None:
    """Calling an instance of a class of the analysed code runs its ``__call__``."""
    if isinstance(func, Instance):
        method = func.cls.method("__call__")
        if method is not None:
            return ctx.run_function(Function(method, func), call.args, call.kwargs, call)
    return None
