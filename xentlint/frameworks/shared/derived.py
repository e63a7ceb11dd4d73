"""Labels derived from values by NumPy, pandas and scikit-learn functions that make classes:
a 0/1 choice (``np.where``), a value cut into bins (``pd.cut``, ``np.digitize``), the
classes of a list (``np.unique``'s inverse, ``label_binarize``)."""

from __future__ import annotations

import libcst as cst

from ...facts import Labels
from ...interp.api import Call, ExtractContext
from ...interp.values import UNKNOWN, Const, LabelArray, Seq, Tensor, Value
from . import tables as T
from .decoders import is_prediction
from .values import class_numbers, const_flag, const_float, const_int, index_encoding


def chosen(ctx: ExtractContext, call: Call) -> Value:
    """``np.where(df["Churn"] == "Yes", 1, 0)``: 0/1 labels of the condition's shape, of the
    two values' type."""
    if len(call.args) == 1 and isinstance(call.args[0], LabelArray) and not call.kwargs:
        return Seq((call.args[0],))  # np.where(y < 5): where the mask holds (as the mask picks)
    if len(call.args) != 3 or call.kwargs:
        return UNKNOWN
    condition, first, second = call.args
    true_class = _true_class_probability(first, second) or _true_class_probability(second, first)
    if true_class is not None:
        return true_class
    values = {const_float(first), const_float(second)}
    if values != {0.0, 1.0}:
        return UNKNOWN
    if not isinstance(condition, LabelArray) and not _against_scalar(call.arg_nodes[0].value):
        return UNKNOWN  # (`np.arange(3) == y[:, None]`: a one-hot table, not one 0/1 column)
    integers = all(isinstance(v, Const) and isinstance(v.value, int) for v in (first, second))
    rank = condition.labels.rank if isinstance(condition, LabelArray) else None
    return LabelArray(Labels("binary", ctx.evidence(call.node), 2, rank=rank,
                             dtype="int64" if integers else "float"))


def positions(ctx: ExtractContext, call: Call) -> Value:
    """``np.flatnonzero(y < 5)``, ``np.nonzero(mask)``: where a mask of the labels holds; rows
    picked by them are picked by their values, as the mask would (some classes may go)."""
    mask = call.args[0] if len(call.args) == 1 else UNKNOWN
    if not isinstance(mask, LabelArray):
        return UNKNOWN
    return Seq((mask,)) if call.qualname in T.MASK_POSITION_TUPLES else mask


def _true_class_probability(output: Value, other: Value) -> Tensor | None:
    """``pt = torch.where(y == 1, p, 1 - p)`` (a focal loss's): each sample's output for its
    true side, as ``out[range(N), y]`` picks it (its log is a cross-entropy written by hand)."""
    if (is_prediction(output) and isinstance(other, Tensor) and isinstance(output, Tensor)
            and other.complement_of is not None and other.complement_of == output.head):
        return Tensor(None, picked=output.head, complement=True)
    return None


def _against_scalar(condition: cst.BaseExpression) -> bool:
    """``labels == "spam"``, ``score > 0.5``: an element-wise comparison with one number or
    string keeps the other operand's shape (a label column gives a 0/1 column)."""
    if not isinstance(condition, cst.Comparison) or len(condition.comparisons) != 1:
        return False
    operands = (condition.left, condition.comparisons[0].comparator)
    return any(isinstance(o, (cst.SimpleString, cst.Integer, cst.Float)) or (
        isinstance(o, cst.UnaryOperation) and isinstance(o.expression, (cst.Integer, cst.Float)))
        for o in operands)


def selected(ctx: ExtractContext, call: Call) -> Value:
    """``np.select([score < 0.3, score < 0.7], [0, 1], default=2)``: class numbers chosen by
    condition, the choices and the default together numbering the classes (0..C-1, 1..C)."""
    conditions, choices = call.arg(0, "condlist"), call.arg(1, "choicelist")
    default = call.arg(2, "default", Const(0))
    if not (isinstance(conditions, Seq) and isinstance(choices, Seq)
            and len(conditions.items) == len(choices.items)):
        return UNKNOWN
    numbered = class_numbers([*choices.items, default])
    if numbered is None:
        return UNKNOWN
    count, one_based = numbered
    first = conditions.items[0] if conditions.items else UNKNOWN
    rank = first.labels.rank if isinstance(first, LabelArray) else None
    evidence = ctx.evidence(call.node)
    return LabelArray(Labels(index_encoding(count), evidence, count, n_evidence=evidence,
                             one_based=one_based, rank=rank, dtype="int64"))


def binned(ctx: ExtractContext, call: Call) -> Value:
    """A continuous target cut into classes: ``pd.cut(v, bins=3, labels=False)`` (class indices
    0..2; ``labels=[1, 2, 3]`` numbers them from 1), ``pd.qcut(v, q=4, labels=False)``,
    ``np.digitize(v, [10, 20])`` (0..2)."""
    evidence = ctx.evidence(call.node)
    if call.qualname == T.DIGITIZE:
        edges = call.arg(1, "bins")
        n = len(edges.items) + 1 if isinstance(edges, Seq) else None
        return LabelArray(Labels(index_encoding(n) if n else "index", evidence, n,
                                 n_evidence=evidence if n else None, rank=1, dtype="int64"))
    bins = call.arg(1, "q" if call.qualname == T.QCUT else "bins")
    n = const_int(bins) if const_int(bins) is not None else (
        len(bins.items) - 1 if isinstance(bins, Seq) else None)
    names = call.kwargs.get("labels", UNKNOWN)
    if isinstance(names, Const) and names.value is False:
        return LabelArray(Labels(index_encoding(n) if n else "index", evidence, n,
                                 n_evidence=evidence if n else None, rank=1, dtype="int64"))
    if isinstance(names, Seq):  # labels=[1, 2, 3]: the classes by those numbers
        numbered = class_numbers(list(names.items))
        if numbered is not None:
            count, one_based = numbered
            return LabelArray(Labels("index", evidence, count, n_evidence=evidence,
                                     one_based=one_based, rank=1, dtype="int64"))
    return UNKNOWN


def label_binarize(ctx: ExtractContext, call: Call) -> Value:
    """``label_binarize(y, classes=[0, 1, 2])``: one-hot rows of those classes (one 0/1 column
    for two, as LabelBinarizer gives)."""
    classes = call.arg(1, "classes")
    if not isinstance(classes, Seq) or len(classes.items) < 2:
        return UNKNOWN
    n = len(classes.items)
    evidence = ctx.evidence(call.node)
    if n == 2:
        return LabelArray(Labels("binary", evidence, 2, n_evidence=evidence, rank=2,
                                 dtype="int64"))
    return LabelArray(Labels("onehot", evidence, n, n_evidence=evidence, rank=2, dtype="int64"))


def unique(ctx: ExtractContext, call: Call) -> Value:
    """``classes, y = np.unique(names, return_inverse=True)``: the inverse numbers each sample
    by its class (class indices); the other results are not labels."""
    flags = [const_flag(call.kwargs.get(name, Const(False)))
             for name in ("return_index", "return_inverse", "return_counts")]
    if None in flags or call.has_star_args or len(call.args) > 1:
        return UNKNOWN
    returns_index, returns_inverse, returns_counts = flags
    if not returns_inverse:
        return UNKNOWN
    inverse = LabelArray(Labels("index", ctx.evidence(call.node), rank=1, dtype="int64"))
    return Seq((UNKNOWN, *((UNKNOWN,) if returns_index else ()), inverse,
                *((UNKNOWN,) if returns_counts else ())))
