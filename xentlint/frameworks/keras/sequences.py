"""The user's ``keras.utils.Sequence`` / ``PyDataset`` classes: batches made by ``__getitem__``.

Keras reads them by index: ``fit(BatchSequence(...))`` trains on what ``__getitem__(i)``
returns, an ``(x, y)`` batch; a custom loop does the same by hand (``xb, yb = train_data[i]``,
``for xb, yb in train_data:``), and gets the same batches.
"""

from __future__ import annotations

import libcst as cst

from ...facts import Labels
from ...interp.api import ExtractContext
from ...interp.values import Function, Instance, Scalar, Seq, Value
from ..shared.values import labels_of
from . import tables as KK


def batch(ctx: ExtractContext, data: Value) -> Value | None:
    """One batch of an instance whose class has ``__getitem__`` (None: it has none)."""
    if not isinstance(data, Instance):
        return None
    getitem = data.cls.method("__getitem__")
    if getitem is None:
        return None
    return ctx.run_function(Function(getitem, data), (Scalar(),))


def batch_labels(ctx: ExtractContext, data: Value) -> Labels | None:
    """The labels of the ``(x, y)`` batches ``fit(data)`` trains on."""
    made = batch(ctx, data)
    if isinstance(made, Seq) and len(made.items) >= 2:
        return labels_of(made.items[1]) or Labels("unknown")
    return None


def _is_sequence(value: Value) -> bool:
    return isinstance(value, Instance) and bool(value.cls.base_qualnames() & KK.BATCH_SEQUENCES)


def subscripted(ctx: ExtractContext, value: Value, node: cst.Subscript,
                indices: tuple[Value, ...]) -> Value | None:
    """``train_data[i]``: a batch."""
    return batch(ctx, value) if _is_sequence(value) and len(indices) == 1 else None


def iterated(ctx: ExtractContext, value: Value) -> Value | None:
    """``for xb, yb in train_data``: its batches, in turn."""
    return batch(ctx, value) if _is_sequence(value) else None
