"""Small readings of abstract values that every mechanic needs."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import Encoding, Evidence, Labels, Loss
from ...interp.api import Call, ExtractContext
from ...interp.values import (
    UNKNOWN, Const, Dataset, LabelArray, LossValue, Model, Seq, Tensor, Value,
)
from ...interp.values import const_int as const_int  # (the interpreter's; read here with the rest)
from . import tables as T


def const_float(value: Value) -> float | None:
    if isinstance(value, Const) and isinstance(value.value, (int, float)) and not isinstance(value.value, bool):
        return float(value.value)
    return None


def const_flag(value: Value) -> bool | None:
    """A boolean option's value (None counts as False); None when not a known flag."""
    if isinstance(value, Const) and isinstance(value.value, bool):
        return value.value
    if isinstance(value, Const) and value.value is None:
        return False
    return None


def model_loss(model: Model | None) -> Loss | None:
    if model is not None and isinstance(model.loss, LossValue):
        return model.loss.loss
    return None


def index_encoding(n_classes: int | None) -> Encoding:
    """Class indices of exactly two classes are 0/1 labels: binary."""
    return "binary" if n_classes == 2 else "index"


def labels_of(value: Value) -> Labels | None:
    if isinstance(value, (LabelArray, Dataset)):
        return value.labels
    return None


def is_output(value: Value) -> bool:
    """A model's output (or an activation of it), as opposed to labels or a log of it."""
    return isinstance(value, Tensor) and value.log_of is None and (
        value.model is not None or value.head is not None)


def guarded(value: Tensor) -> Tensor:
    """A prediction clipped (or shifted by an epsilon) on purpose: what it is stays, but it is
    no longer the bare activation whose log underflows (XL104 does not apply)."""
    head = replace(value.head, inline=False) if value.head is not None else None
    return replace(value, head=head, guarded=True)


def dtype_argument(call: Call) -> Value:
    """The dtype a conversion is given: ``dtype=``, or second by position where the API takes
    it there (``tf.cast(y, tf.float32)``, ``torch.as_tensor(y, torch.float32)``)."""
    second = call.qualname in T.DTYPE_SECOND and len(call.args) > 1
    return call.kwargs.get("dtype", call.args[1] if second else UNKNOWN)


def axis_argument(call: Call, at: int) -> Value:
    """The axis a decoder or reduction is given: ``axis=`` (NumPy, Keras), ``dim=`` (PyTorch),
    or the argument at position ``at``."""
    return next((call.kwargs[name] for name in ("axis", "dim") if name in call.kwargs),
                call.args[at] if len(call.args) > at else UNKNOWN)


def shape_arguments(call: Call) -> tuple[Value, ...]:
    """The dimensions a reshape names: ``reshape((-1, 1))`` and ``reshape(-1, 1)`` alike."""
    if len(call.args) == 1 and isinstance(call.args[0], Seq):
        return call.args[0].items
    return call.args


def class_numbers(values: list[Value]) -> tuple[int, bool] | None:
    """The values of a label map (``{"cat": 0, "dog": 1}``) when they number classes: each a
    distinct int, together 0..C-1 or 1..C; (C, 1-based), else None."""
    numbers = [const_int(value) for value in values]
    if len(numbers) < 2 or any(number is None for number in numbers):
        return None
    present = sorted(number for number in numbers if number is not None)
    one_based = present[0] == 1
    if present != list(range(present[0], present[0] + len(present))) or present[0] not in (0, 1):
        return None
    return len(present), one_based


def passed_through(ctx: ExtractContext, *slots: cst.BaseExpression) -> Evidence | None:
    """The call that gave both slots their values, where they are parameters of the function
    running (``def compute_loss(logits, targets): return F.cross_entropy(logits, targets)``):
    what reached them is that caller's doing, not the function's."""
    running, caller = ctx.running(), ctx.caller()
    if caller is None or not running or not isinstance(running[-1], cst.FunctionDef):
        return None
    names = parameter_names(running[-1])
    if all(isinstance(slot, cst.Name) and slot.value in names for slot in slots):
        return ctx.evidence(caller)
    return None


def parameter_names(function: cst.FunctionDef) -> set[str]:
    """The names a function's named parameters bind (not ``*args`` / ``**kwargs``)."""
    params = function.params
    return {p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params)}


def kept_axis(call: Call) -> bool:
    """A reduction given ``keepdim=True`` / ``keepdims=True``: the axis it reduces stays."""
    return any(const_flag(call.kwargs[k]) for k in T.KEEPDIMS if k in call.kwargs)
