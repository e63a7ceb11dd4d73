"""Where labels get their encoding: one-hot encoders, ``eye(C)[y]``, random class indices,
scikit-learn encoders, splitters, and ``(x, y)`` datasets.

These mechanics do not depend on the framework: a framework's table row (specs.OneHot,
specs.RandomIntegers) says where its API takes its arguments.
"""

from __future__ import annotations

import math
from dataclasses import replace

from ...facts import Encoding, Labels
from ...interp.api import Call, ExtractContext, FunctionHandler
from ...interp.values import (
    UNKNOWN, ApiObject, BoundMethod, Const, Dataset, Function, LabelArray, Seq, Value,
)
from ..specs import OneHot, RandomIntegers, Slot
from . import tables as T
from .values import const_float, const_int, labels_of


def one_hot_handler(table: dict[str, OneHot]) -> FunctionHandler:
    """The handler of a one-hot table: ``to_categorical(y, 10)``, ``F.one_hot(y, n)``."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        spec = table[call.qualname]
        source = call.arg(spec.source.index, spec.source.name)
        n_classes = n_evidence = None
        if spec.classes is not None:
            n_classes = const_int(call.arg(spec.classes.index, spec.classes.name))
            node = call.arg_node(spec.classes.index, spec.classes.name)
            if n_classes == -1:  # PyTorch: -1 means "from the data"
                n_classes = None
            if node is not None and n_classes is not None:
                n_evidence = ctx.evidence(node)
        if n_classes is None and isinstance(source, LabelArray):
            n_classes, n_evidence = source.labels.n_classes, source.labels.n_evidence
        rank = one_hot_rank(source)
        if rank is None and spec.folds_trailing_axis:
            rank = 2  # (N,) and (N, 1) both give (N, C)
        return LabelArray(Labels("onehot", ctx.evidence(call.node), n_classes,
                                 n_evidence=n_evidence, rank=rank, dtype=spec.dtype))

    return handler


def one_hot_rank(source: Value) -> int | None:
    """One-hot adds an axis: (N,) indices give (N, C); (N, L) give (N, L, C)."""
    if isinstance(source, LabelArray) and source.labels.rank is not None:
        return source.labels.rank + 1
    return None


def random_integers_handler(table: dict[str, RandomIntegers]) -> FunctionHandler:
    """The handler of ``randint(low, high, size)``: class indices, (N,) for one size."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        spec = table[call.qualname]
        if call.has_star_args:
            return UNKNOWN
        given = [slot for slot in spec.sizes if call.has(slot.index, slot.name)]
        if not given:
            return UNKNOWN  # no size: one number, not an array
        size = call.arg(given[0].index, given[0].name)
        rank = 1 if const_int(size) is not None else len(size.items) if isinstance(size, Seq) else None
        column = rank == 2 and isinstance(size, Seq) and const_int(size.items[1]) == 1
        dtype = spec.dtype
        if spec.dtype_keyword:
            dtype = ctx.dtype_of(call.kwargs.get("dtype", UNKNOWN)) or dtype
        encoding: Encoding = "index" if rank == 1 or column else "unknown"
        found = Labels(encoding, ctx.evidence(call.node), rank=rank, dtype=dtype)
        if encoding == "index":
            found = _in_range(ctx, call, spec, given[0], found)
        return LabelArray(found)

    return handler


def _in_range(ctx: ExtractContext, call: Call, spec: RandomIntegers, size: Slot,
              found: Labels) -> Labels:
    """``randint(0, 10, n)``: 10 classes; ``randint(1, 11, n)``: the classes 1..10."""
    if spec.low is None or spec.high is None:
        return found
    high_given = (spec.high.name in call.kwargs
                  or (spec.high.index < len(call.args) and spec.high.index != size.index))
    low_slot, high_slot = (spec.low, spec.high) if high_given else (None, spec.low)
    low = (const_int(call.arg(low_slot.index, low_slot.name))
           if low_slot is not None and call.has(low_slot.index, low_slot.name) else 0)
    high = const_int(call.arg(high_slot.index, high_slot.name))
    node = call.arg_node(high_slot.index, high_slot.name)
    if low not in (0, 1) or high is None or node is None or high - low < 2:
        return found
    return replace(found, n_classes=high - low, one_based=low == 1,
                   n_evidence=ctx.evidence(node), drawn=True)


def eye(ctx: ExtractContext, call: Call) -> Value:
    """``np.eye(C)``: indexed by class indices, one-hot rows (see :func:`eye_rows`)."""
    n = const_int(call.arg(0, "N"))
    node = call.arg_node(0, "N")
    return ApiObject("numpy.eye", (("N", Const(n, node)),)) if n is not None else UNKNOWN


def eye_rows(ctx: ExtractContext, eye_value: ApiObject, node, source: Value) -> Value:
    """``np.eye(C)[y]``: one-hot rows of the C classes, for class indices ``y``."""
    if isinstance(source, LabelArray) and source.labels.encoding not in ("index", "unknown"):
        return UNKNOWN
    n_value = eye_value.kwarg("N")
    n_node = n_value.node if isinstance(n_value, Const) else None
    return LabelArray(Labels("onehot", ctx.evidence(node), const_int(n_value),
                             n_evidence=ctx.evidence(n_node) if n_node is not None else None,
                             rank=2))


def splitter(ctx: ExtractContext, call: Call) -> Value:
    """``train_test_split(X, y)`` -> ``X_train, X_test, y_train, y_test``: each keeps its kind."""
    if call.has_star_args or not call.args:
        return UNKNOWN
    return Seq(tuple(v for value in call.args for v in (value, value)))


def encoder(ctx: ExtractContext, call: Call) -> Value:
    return ApiObject(call.qualname)


def encoded(ctx: ExtractContext, receiver: ApiObject, name: str, call: Call) -> Value | None:
    """``encoder.fit_transform(y)``: labels in the encoder's encoding; ``fit`` keeps it."""
    if name in T.ENCODER_METHODS:
        encoding, dtype = T.ENCODERS[receiver.qualname]
        return LabelArray(Labels(encoding, ctx.evidence(call.node),
                                 rank=1 if encoding == "index" else 2, dtype=dtype))
    if name == "fit":
        return receiver
    return None


def length(ctx: ExtractContext, call: Call) -> Value:
    value = call.args[0] if call.args else UNKNOWN
    if isinstance(value, Seq):
        return Const(len(value.items), call.node)
    if isinstance(value, Const) and isinstance(value.value, (str, tuple, list)):
        return Const(len(value.value), call.node)
    return UNKNOWN


def integer(ctx: ExtractContext, call: Call) -> Value:
    value = const_float(call.args[0]) if call.args else None
    if value is None or not math.isfinite(value):
        return UNKNOWN
    return Const(int(value), call.node)


def typed(ctx: ExtractContext, call: Call, value: Value, dtype_value: Value) -> Value | None:
    """``np.array(y, dtype=np.int32)``: whatever ``y`` was, now an array of that dtype."""
    dtype = ctx.dtype_of(dtype_value)
    if dtype is None:
        return None
    labels = value.labels if isinstance(value, LabelArray) else Labels(
        "unknown", ctx.evidence(call.node))
    return LabelArray(replace(labels, dtype=dtype))


# --- datasets ---------------------------------------------------------------------------------


def dataset_of_pair(ctx: ExtractContext, call: Call) -> Value:
    """``from_tensor_slices((x, y))``: a dataset of the pair's labels."""
    data = call.arg(0, "tensors")
    if isinstance(data, Seq) and len(data.items) == 2:
        return Dataset(labels_of(data.items[1]) or Labels("unknown"), ctx.evidence(call.node))
    return Dataset(Labels("unknown") if isinstance(data, Seq) else None)


def dataset_of_arguments(ctx: ExtractContext, call: Call) -> Value:
    """``TensorDataset(x, y)``: a dataset whose last tensor is the labels."""
    if len(call.args) < 2 or call.has_star_args:
        return Dataset(Labels("unknown")) if call.args else UNKNOWN
    return Dataset(labels_of(call.args[-1]) or Labels("unknown"), ctx.evidence(call.node))


def iterate_dataset(ctx: ExtractContext, value: Value) -> Value | None:
    """An item of a dataset is an ``(x, y)`` batch."""
    if isinstance(value, Dataset):
        return Seq((UNKNOWN, LabelArray(value.labels or Labels("unknown"))))
    return None


def dataset_methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``ds.shuffle(...).batch(32)`` and its TF1 iterator yield what ``ds`` yields;
    ``iterator.get_next()`` is one ``(x, y)`` batch; ``ds.map(f)`` yields what ``f`` returns."""
    receiver, name = method.receiver, method.name
    if not isinstance(receiver, Dataset):
        return None
    if name in T.DATASET_METHODS:
        return receiver
    if name in T.DATASET_NEXT:
        return iterate_dataset(ctx, receiver)
    if name == "map":
        return mapped_dataset(ctx, receiver, call.arg(0, "map_func"))
    return None


def mapped_dataset(ctx: ExtractContext, dataset: Dataset, func: Value) -> Dataset:
    """``ds.map(lambda x, y: (x / 255, tf.one_hot(y, 10)))``: the function of the analysed code
    runs on the dataset's ``(x, y)`` pair, and the labels it returns are the new labels."""
    if dataset.labels is None:
        return dataset
    if isinstance(func, Function):
        result = ctx.run_function(func, (UNKNOWN, LabelArray(dataset.labels)))
        if isinstance(result, Seq) and len(result.items) == 2:
            return Dataset(labels_of(result.items[1]) or Labels("unknown"), dataset.evidence)
    return Dataset(Labels("unknown"))


def one_shot_iterator(ctx: ExtractContext, call: Call) -> Value:
    """``tf.data.make_one_shot_iterator(ds)`` (TF1): an iterator over what ``ds`` yields."""
    dataset = call.arg(0, "dataset")
    return dataset if isinstance(dataset, Dataset) else UNKNOWN


def passthrough_first(ctx: ExtractContext, call: Call) -> Value:
    """``tqdm(loader)``: the same iterable."""
    return call.args[0] if call.args else UNKNOWN
