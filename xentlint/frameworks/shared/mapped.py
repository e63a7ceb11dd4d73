"""Functions mapped over a batch (``jax.vmap``, ``@jax.vmap``, ``flax.nnx.vmap``): inside, one
sample, so axis 0 of a prediction is its classes; called, the function runs on one sample of
each argument and what it returns has the batch axis again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ...facts import MappedFunction
from ...interp.api import Call, CallableHandler, ExtractContext, FunctionHandler
from ...interp.values import (
    UNKNOWN, ApiObject, Const, Function, LabelArray, Layer, Model, Partial, Seq, Tensor, Value,
    Weights,
)
from ..specs import Slot


def mapped_function(ctx: ExtractContext, call: Call) -> Value:
    """``jax.vmap(per_example_loss, in_axes=(None, 0, 0))``: the function sees one sample, so
    its softmax over axis 0 is over the classes; called, it runs (see :func:`mapped_hook`)."""
    function = call.args[0] if call.args else call.kwargs.get(
        "fun", call.kwargs.get("func", UNKNOWN))
    if isinstance(function, Partial):
        function = function.func
    if isinstance(function, Layer):
        return function  # jax.vmap(eqx.nn.MLP(...)): the layer, applied to each sample
    if isinstance(function, Model):
        # jax.vmap(model)(x), an equinox module: its forward sees one sample; called, the
        # model's output for the batch
        method = function.instance.cls.method(function.forward) if (
            function.instance is not None and function.forward) else None
        if method is not None:
            ctx.record(MappedFunction(method))
        return replace(function, per_example=False)
    inner = function.kwarg("fun") if isinstance(function, ApiObject) else function
    if not isinstance(inner, Function):
        return UNKNOWN  # (jax.pmap(jax.grad(loss_fn)): the gradient of a function, mapped)
    ctx.record(MappedFunction(inner.node))
    return ApiObject(call.qualname, (("fun", function),
                                     ("in_axes", call.kwargs.get("in_axes", Const(0)))))


def _sliced(in_axes: Value, count: int) -> list[bool]:
    """Which of ``count`` positional arguments are mapped over their first axis: ``in_axes=0``
    all, ``(None, 0)`` the second (not known: none)."""
    if isinstance(in_axes, Const):
        return [in_axes.value == 0] * count
    if isinstance(in_axes, Seq) and len(in_axes.items) == count:
        return [isinstance(axis, Const) and axis.value == 0 for axis in in_axes.items]
    return [False] * count


def first_axis_slice(value: Value) -> Value:
    """One slice of ``value`` along its first axis (what ``jax.lax.scan`` gives each step of
    the arrays it scans): an array of a known shape loses that axis, labels are those labels
    of a rank not known (a batch of stacked batches, a sample of a data set)."""
    if isinstance(value, Seq):
        return Seq(tuple(first_axis_slice(item) for item in value.items))
    if isinstance(value, Weights) and value.shape:
        return Weights(value.shape[1:])
    if isinstance(value, LabelArray):
        return LabelArray(replace(value.labels, rank=None))
    return UNKNOWN


def scan_handler(table: Mapping[str, tuple[Slot, Slot | None, Slot]]) -> FunctionHandler:
    """``jax.lax.scan(step, carry, (xs, ys))``, ``jax.lax.map(f, xs)``: the function runs on
    (the carry and) one slice of what is scanned; scan gives its last carry and what each
    step gave (stacked, not known)."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        function_slot, carry_slot, scanned_slot = table[call.qualname]
        function = call.arg(function_slot.index, function_slot.name)
        if not isinstance(function, Function) or call.has_star_args:
            return UNKNOWN
        step = first_axis_slice(call.arg(scanned_slot.index, scanned_slot.name))
        if carry_slot is None:
            ctx.run_function(function, (step,))
            return UNKNOWN
        result = ctx.run_function(function, (call.arg(carry_slot.index, carry_slot.name), step))
        carry = result.items[0] if isinstance(result, Seq) and len(result.items) == 2 else UNKNOWN
        return Seq((carry, UNKNOWN))

    return handler


def mapped_hook(names: frozenset[str]) -> CallableHandler:
    """``batched_predict(params, images)``, ``batched_predict = jax.vmap(predict, ...)``: the
    function runs on one sample of each argument (labels of a rank not known there, a
    prediction's row), and what it returns has the batch axis again."""

    def one_sample(value: Value) -> Value:
        if isinstance(value, LabelArray):
            return LabelArray(replace(value.labels, rank=None))
        if isinstance(value, Tensor) and value.head is not None:
            return replace(value, row=True)
        return value

    def batched(value: Value) -> Value:
        if isinstance(value, Seq):
            return Seq(tuple(batched(item) for item in value.items))
        if isinstance(value, Tensor) and value.head is not None:
            return replace(value, row=False, layout_unknown=False)
        return value

    def hook(ctx: ExtractContext, func: Value, call: Call) -> Value | None:
        if not isinstance(func, ApiObject) or func.qualname not in names:
            return None
        function = func.kwarg("fun")
        # (an array of a known shape mapped over its first axis: one row of it)
        args = tuple(first_axis_slice(arg) if sliced and isinstance(arg, Weights) and arg.shape
                     else one_sample(arg)
                     for arg, sliced in zip(call.args, _sliced(func.kwarg("in_axes"),
                                                                len(call.args))))
        kwargs = {name: one_sample(arg) for name, arg in call.kwargs.items()}
        if isinstance(function, ApiObject):  # a gradient transform's: it runs its function
            gradient = function.kwarg("fun")
            assert isinstance(gradient, Function)
            ctx.run_function(gradient, args, kwargs, call)
            return UNKNOWN
        assert isinstance(function, Function)
        return batched(ctx.run_function(function, args, kwargs, call))

    return hook

