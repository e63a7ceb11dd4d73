"""What indexing does to arrays: rows of labels keep their encoding (``y[train_rows]``), a
model's output loses its sample axis (``out[0]``) or its class axis (``out[:, 0]``), integer
indices drop axes (``logits[0, -1]``), and ``eye(C)[y]`` makes one-hot rows."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import Labels
from ...interp.api import ExtractContext
from ...interp.values import (
    UNKNOWN, ApiObject, Const, LabelArray, Scalar, Seq, Tensor, Value, Weights,
)
from . import decoders, labels
from .values import const_int


def subscripts(ctx: ExtractContext, value: Value, node: cst.Subscript,
               indices: tuple[Value, ...]) -> Value | None:
    if isinstance(value, ApiObject) and value.qualname == labels.EYE and len(indices) == 1:
        return labels.eye_rows(ctx, value, node, indices[0])
    if isinstance(value, LabelArray):
        return _label_subscript(value, indices)
    if isinstance(value, Tensor) and indices:
        return _tensor_subscript(value, indices)
    if isinstance(value, Weights) and indices:
        return _array_subscript(value, indices)
    return None


def _array_subscript(value: Weights, indices: tuple[Value, ...]) -> Value:
    """``X[:, 0]`` of a (1024, 8) array is (1024,): each integer index drops an axis, each
    slice keeps it (its length known only for ``:``)."""
    if len(indices) > len(value.shape):
        return UNKNOWN
    shape: list[int | None] = []
    for index, dim in zip(indices, value.shape):
        if _is_slice(index):
            whole = index.value == slice(None)  # type: ignore[attr-defined]
            shape.append(dim if whole else None)
        elif const_int(index) is None:
            return UNKNOWN  # a mask, an array of indices
    return Weights((*shape, *value.shape[len(indices):]))


def _tensor_subscript(value: Tensor, indices: tuple[Value, ...]) -> Value:
    if (len(indices) == 2 and not _is_slice(indices[0]) and decoders.is_prediction(value) and (
            isinstance(indices[1], LabelArray) or indices[1] is UNKNOWN and isinstance(
                indices[0], ApiObject) and indices[0].qualname == labels.RANGE)):
        # out[range(N), y]: each sample's entry (out[:, y] is the columns of those classes for
        # every sample, a cost matrix); out[arange(n), actions]: so, whatever actions were
        return Tensor(None, picked=value.head, if_trained=value.if_trained)
    if value.rank is not None and value.rank >= 3:
        rank = _subscript_rank(value.rank, indices)  # (logits[0, -1]: one row of classes)
        return replace(value, rank=rank, row=True) if rank == 1 else replace(value, rank=rank)
    if (len(indices) == 1 and value.row and isinstance(indices[0], LabelArray)
            and indices[0].labels.encoding == "index" and decoders.is_prediction(value)):
        return Tensor(None, picked=value.head, if_trained=value.if_trained)  # out[y] of one sample: its label's entry
    if len(indices) == 1:
        if _is_slice(indices[0]) or isinstance(indices[0], LabelArray) and (
                indices[0].labels.rank or 0) >= 1:
            return value  # a batch slice, rows picked (z[src]): still every sample's classes
        return replace(value, column=True) if value.row else replace(value, row=True)
    if len(indices) == 2 and _is_slice(indices[0]) and _is_slice(indices[1]):
        return value
    if len(indices) == 2 and not _is_slice(indices[0]) and _is_slice(indices[1]):
        return replace(value, row=True)  # model(x)[0, :]: one sample, every class
    # A column: the class axis is gone (`out[:, 0]` of an (N, 1) output is (N,)).
    head = replace(value.head, units=None) if value.head is not None else None
    return replace(value, column=True, head=head)


def _subscript_rank(rank: int, indices: tuple[Value, ...]) -> int | None:
    """``out[:, -1, :]`` of an (N, L, C) output is (N, C): each integer index drops an axis."""
    for index in indices:
        if const_int(index) is not None:
            rank -= 1
        elif _is_new_axis(index):
            rank += 1
        elif not _is_slice(index):
            return None  # a tensor index: the rank is not known
    return rank


def _label_subscript(value: LabelArray, indices: tuple[Value, ...]) -> Value:
    """Rows of labels keep their encoding; a column, a scalar or a new axis change it."""
    current = value.labels
    if len(indices) == 1 and isinstance(indices[0], Seq) and len(indices[0].items) == 1:
        indices = indices[0].items  # y[np.nonzero(y < 5)]: by the mask's positions
    if len(indices) == 1:
        if _is_slice(indices[0]) and _near_a_sample(indices[0]):
            return LabelArray(replace(current, rank=None))  # a window: a sequence of labels
        if _is_slice(indices[0]):
            return value
        if isinstance(indices[0], Const):
            return UNKNOWN  # one label
        if isinstance(indices[0], Scalar) and current.rank is not None:
            return LabelArray(replace(current, rank=current.rank - 1))  # a sample's label
        if isinstance(indices[0], LabelArray) and indices[0].labels.rank == 1 \
                and indices[0].labels.encoding == "index":
            return value  # y[idx], idx = randint(0, n, (64,)): a batch of rows, as they are
        # y[mask], y[idx]: same encoding, but an index of unknown kind may drop an axis. Rows
        # of one-hot or multi-hot labels keep their columns, one per class (Y[train_idx] in a
        # fold loop); class indices picked by a mask made of them may lose classes (y[y < 5]),
        # picked by position (a fold's rows, a node mask), they are of the same classes.
        if current.encoding in ("onehot", "multihot"):
            return LabelArray(replace(current, rank=None))
        if isinstance(indices[0], LabelArray) or current.n_classes is None:
            return LabelArray(replace(current, n_classes=None, n_evidence=None, rank=None))
        return LabelArray(replace(current, rank=None, drawn=True))
    if len(indices) == 2 and _is_slice(indices[0]):
        if _is_new_axis(indices[1]) and current.rank == 1:
            return LabelArray(replace(current, rank=2))
        if _is_slice(indices[1]) and indices[1].value == slice(None):  # type: ignore[attr-defined]
            return value
        if _is_slice(indices[1]):  # Y[:, 1:]: some of the classes' columns
            return LabelArray(Labels("unknown", current.evidence, rank=2, dtype=current.dtype))
        if (current.encoding == "index" and current.rank == 2 and isinstance(indices[1], Const)
                and indices[1].value in (0, -1)):
            return LabelArray(replace(current, rank=1))  # y[:, 0] of (N, 1) indices: the same
    return UNKNOWN


def _near_a_sample(index: Value) -> bool:
    """``self.data[i:i + 64]`` in a ``__getitem__``: the labels of a window, not rows."""
    bounds = index.value  # type: ignore[attr-defined]
    return isinstance(bounds.start, Scalar) or isinstance(bounds.stop, Scalar)


def _is_slice(value: Value) -> bool:
    return isinstance(value, Const) and isinstance(value.value, slice)


def _is_new_axis(value: Value) -> bool:
    """``None`` (``np.newaxis`` and ``tf.newaxis`` evaluate to it: a library constant)."""
    return isinstance(value, Const) and value.value is None
