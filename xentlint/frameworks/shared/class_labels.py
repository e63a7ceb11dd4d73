"""Hugging Face's ``ClassLabel``: a column of class numbers 0..k-1. A dataset's column is made
one by ``ds.class_encode_column("intent")`` (k not known: the values found) or
``ds.cast_column("label", ClassLabel(names=[...]))``, and ``ClassLabel.str2int`` numbers
class names the same way."""

from __future__ import annotations

import libcst as cst

from ...facts import Labels
from ...interp.api import Call, ExtractContext
from ...interp.values import (
    UNKNOWN, ApiObject, BoundMethod, Const, Frame, LabelArray, Seq, Tail, Value, const_int,
)
from . import tables as T


def class_label(ctx: ExtractContext, call: Call) -> Value:
    """``ClassLabel(names=["book", "cancel"])`` / ``ClassLabel(num_classes=3)``: the feature,
    of that many classes (where it is made: where the count comes from)."""
    names = call.kwargs.get("names", UNKNOWN)
    count = len(names.items) if isinstance(names, Seq) else const_int(
        call.kwargs.get("num_classes", UNKNOWN))
    return ApiObject(T.HF_CLASS_LABEL, (("count", Const(count, call.node)),))


def _indices(ctx: ExtractContext, feature: Value, node: cst.CSTNode, rank: int | None
             ) -> LabelArray:
    """Class numbers of ``feature`` (a ClassLabel: of its count of classes)."""
    count = feature.kwarg("count") if isinstance(feature, ApiObject) else UNKNOWN
    n = const_int(count)
    origin = count.node if isinstance(count, Const) and n is not None else None
    return LabelArray(Labels("index", ctx.evidence(node), n, rank=rank, dtype="int64",
                             n_evidence=ctx.evidence(origin) if origin is not None else None))


def encoded_column(ctx: ExtractContext, frame: Frame, name: str, call: Call) -> Value:
    """``ds.class_encode_column("intent")``, ``ds.cast_column("label", ClassLabel(...))``: the
    table with that column made class numbers (cast to another feature: as it was)."""
    column = call.arg(0, "column")
    if not (isinstance(column, Const) and isinstance(column.value, str)):
        return frame
    feature = call.arg(1, "feature") if name == T.HF_CAST_COLUMN else None
    if feature is not None and not (isinstance(feature, ApiObject)
                                    and feature.qualname == T.HF_CLASS_LABEL):
        return frame
    return frame.with_column(column.value, _indices(ctx, feature or UNKNOWN, call.node, 1))


def methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``label_feature.str2int(names)``: their class numbers (of a list, one each)."""
    feature = method.receiver
    if not (isinstance(feature, ApiObject) and feature.qualname == T.HF_CLASS_LABEL
            and method.name == T.HF_NUMBERING):
        return None
    given = call.arg(0, "values")
    rank = 1 if isinstance(given, (Seq, Tail, LabelArray)) else (
        0 if isinstance(given, Const) else None)
    return _indices(ctx, feature, call.node, rank)


def attributes(ctx: ExtractContext, owner: Value, attr: str,
               node: cst.BaseExpression) -> Value | None:
    """``label_feature.num_classes``: its count of classes."""
    if isinstance(owner, ApiObject) and owner.qualname == T.HF_CLASS_LABEL \
            and attr == T.HF_CLASS_COUNT:
        return owner.kwarg("count")
    return None
