"""Where labels get their encoding: one-hot encoders, ``eye(C)[y]``, random class indices,
data sets' loaders, and ``(x, y)`` datasets (scikit-learn's encoders: encoders.py).

These mechanics do not depend on the framework: a framework's table row (specs.OneHot,
specs.RandomIntegers) says where its API takes its arguments.
"""

from __future__ import annotations

import math
from dataclasses import replace

import libcst as cst

from ...facts import Encoding, Labels
from ...interp.api import Call, ExtractContext, FunctionHandler
from ...interp.values import (
    UNKNOWN, ApiObject, BoundMethod, Const, Dataset, Dict, Function, LabelArray, OneOf, Scalar, Seq,
    Tail, Value, Weights, is_number,
)
from ..specs import LabelSource, OneHot, RandomIntegers, Slot
from . import tables as T
from .values import const_flag, const_float, const_int, index_encoding, labels_of


def one_hot_handler(table: dict[str, OneHot]) -> FunctionHandler:
    """The handler of a one-hot table: ``to_categorical(y, 10)``, ``F.one_hot(y, n)``."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        spec = table[call.qualname]
        source = call.arg(spec.source.index, spec.source.name)
        if spec.drop_first is not None and const_flag(
                call.kwargs.get(spec.drop_first, Const(False))) is not False:
            return LabelArray(Labels("unknown", ctx.evidence(call.node), rank=2))
        n_classes = n_evidence = None
        from_data = True  # (the count given not known: not the data's either)
        if spec.classes is not None:
            keyword = next((alias for alias in spec.classes_aliases if alias in call.kwargs),
                           spec.classes.name)
            given = call.arg(spec.classes.index, keyword)
            n_classes = const_int(given)
            node = call.arg_node(spec.classes.index, keyword)
            # (PyTorch's -1 and Keras' None mean "from the data")
            from_data = node is None or n_classes == -1 or given == Const(None)
            if n_classes == -1:
                n_classes = None
            if node is not None and n_classes is not None:
                n_evidence = ctx.evidence(node)
        if isinstance(source, LabelArray):
            known = source.labels
            needed = None if known.n_classes is None else (  # (columns 0..max: an unused
                known.n_classes + known.one_based)           # column 0 for labels 1..C)
            if (n_classes is None and from_data or n_classes is not None and needed is not None
                    and needed > n_classes):
                # from the data; or to_categorical(cifar100_labels, 10), classes past the
                # width (an error, or rows of zeros in JAX): the labels still carry theirs
                n_classes, n_evidence = needed, known.n_evidence
        rank = one_hot_rank(source)
        if rank is None and spec.folds_trailing_axis:
            rank = 2  # (N,) and (N, 1) both give (N, C)
        return LabelArray(Labels("onehot", ctx.evidence(call.node), n_classes,
                                 n_evidence=n_evidence, rank=rank, dtype=spec.dtype))

    return handler


def one_hot_rank(source: Value) -> int | None:
    """One-hot adds an axis: (N,) indices give (N, C); (N, L) give (N, L, C); one sample's
    class number, (C,)."""
    if isinstance(source, LabelArray) and source.labels.rank is not None:
        return source.labels.rank + 1
    if isinstance(source, (Const, Scalar)) and is_number(source) or isinstance(
            source, OneOf) and all(isinstance(choice, Const) for choice in source.values):
        return 1
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
            return LabelArray(_in_range(ctx, call, spec, given[0], found))
        # An array of three axes or more drawn from more than two values is no 0/1 matrix:
        # class indices at each position (a segmentation's (N, H, W) masks). (Of two, index
        # labels are (N, 1): a tagger's (N, L) tags stay integers of their rank.)
        ranged = _in_range(ctx, call, spec, given[0], replace(found, encoding="index"))
        if rank is not None and rank > 2 and ranged.n_classes is not None and ranged.n_classes > 2:
            return LabelArray(ranged)
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


EYE = "identity matrix"  # what eye(C) is, in any library


def eye(ctx: ExtractContext, call: Call) -> Value:
    """``np.eye(C)``: indexed by class indices, one-hot rows (see :func:`eye_rows`), of C
    classes when C is known (``np.eye(n_classes)[y]``: one-hot all the same)."""
    if not call.has(0, "N") or call.has_star_args:
        return UNKNOWN
    n = const_int(call.arg(0, "N"))
    node = call.arg_node(0, "N") if n is not None else None
    dtype = ctx.dtype_of(call.kwargs.get("dtype", UNKNOWN))  # torch.eye(C, dtype=torch.long)
    return ApiObject(EYE, (("N", Const(n, node)), ("dtype", Const(dtype))))


def eye_rows(ctx: ExtractContext, eye_value: ApiObject, node, source: Value) -> Value:
    """``np.eye(C)[y]``: one-hot rows of the C classes, for class indices ``y``."""
    if isinstance(source, LabelArray) and source.labels.encoding not in ("index", "unknown"):
        return UNKNOWN
    if isinstance(source, Const):
        return UNKNOWN  # np.eye(C)[:k], np.eye(C)[0]: rows of the matrix, not labels
    n_value, dtype = eye_value.kwarg("N"), eye_value.kwarg("dtype")
    n_node = n_value.node if isinstance(n_value, Const) else None
    return LabelArray(Labels("onehot", ctx.evidence(node), const_int(n_value),
                             n_evidence=ctx.evidence(n_node) if n_node is not None else None,
                             rank=2, dtype=dtype.value if isinstance(dtype, Const) else None))


RANGE = "integers from 0"  # what arange(C) is, in any library


def arange(ctx: ExtractContext, call: Call) -> Value:
    """``arange(C)``: the class numbers 0..C-1, when C is the one argument (how many, when
    C is known: ``torch.arange(len(logits))``, a contrastive batch's own indices, is not)."""
    if len(call.args) != 1 or call.kwargs or call.has_star_args:
        return UNKNOWN
    stop = const_int(call.args[0])
    return ApiObject(RANGE, (("stop", Const(stop, call.arg_node(0, "stop"))
                                       if stop is not None else UNKNOWN),
                             (_MADE_AT, Const(None, call.node))))


_MADE_AT = "made at"  # (the call that made a range: where labels made of it come from)


def range_labels(ctx: ExtractContext, value: Value, node: cst.CSTNode | None) -> Labels | None:
    """``arange(n)`` where a loss's labels go (in-batch contrastive targets, CLIP's): one
    class index per sample, 0..n-1."""
    if not (isinstance(value, ApiObject) and value.qualname == RANGE) or node is None:
        return None
    stop, made = value.kwarg("stop"), value.kwarg(_MADE_AT)
    count = const_int(stop)
    made_at = made.node if isinstance(made, Const) and made.node is not None else node
    return Labels("index", ctx.evidence(made_at), count, rank=1, dtype="int64",
                  n_evidence=ctx.evidence(stop.node) if isinstance(stop, Const) and count
                  is not None and stop.node is not None else None)


def compared_to_range(ctx: ExtractContext, node: cst.Comparison, left: Value, op: str,
                      right: Value) -> Value | None:
    """``y[:, None] == arange(C)``: each sample's row is true at its class, one-hot rows of
    the C classes (as bool, to be cast)."""
    if op != "Equal":
        return None
    for labels, numbers in ((left, right), (right, left)):
        if (isinstance(labels, LabelArray) and labels.labels.encoding in ("index", "unknown")
                and labels.labels.rank == 2 and isinstance(numbers, ApiObject)
                and numbers.qualname == RANGE):
            stop = numbers.kwarg("stop")
            n_node = stop.node if isinstance(stop, Const) else None
            return LabelArray(Labels(
                "onehot", ctx.evidence(node), const_int(stop),
                n_evidence=ctx.evidence(n_node) if n_node is not None else None, rank=2,
                dtype="bool"))
    return None


BUNCH = "sklearn.utils.Bunch"  # what a scikit-learn loader returns: .target, .target_names


def label_source_handler(table: dict[str, LabelSource]) -> FunctionHandler:
    """The handler of a table of loaders and generators: ``load_iris()``,
    ``make_classification(n_classes=4)``: the targets their row describes."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        spec = table[call.qualname]
        found = source_labels(ctx, call, spec)
        targets = LabelArray(found)
        if spec.returns == "pair" or const_flag(call.kwargs.get("return_X_y", Const(False))):
            return Seq((UNKNOWN, targets))
        names = Seq((UNKNOWN,) * found.n_classes) if found.n_classes is not None else UNKNOWN
        return ApiObject(BUNCH, (("target", targets), ("target_names", names)))

    return handler


def source_labels(ctx: ExtractContext, call: Call, spec: LabelSource) -> Labels:
    """The labels a row describes, with the class count its arguments give."""
    n_classes, n_node = spec.n_classes, None
    if spec.classes is not None and call.has(spec.classes.index, spec.classes.name):
        given = call.arg(spec.classes.index, spec.classes.name)
        n_classes = const_int(given) if not isinstance(given, Seq) else len(given.items)
        n_node = call.arg_node(spec.classes.index, spec.classes.name)
    encoding = index_encoding(n_classes) if spec.encoding == "index" else spec.encoding
    evidence = ctx.evidence(call.node)
    return Labels(encoding, evidence, n_classes,
                  n_evidence=ctx.evidence(n_node) if n_node is not None else evidence,
                  one_based=spec.one_based, rank=spec.rank, dtype=spec.dtype)


def bunch_field(ctx: ExtractContext, owner: Value, attr: str,
                node: cst.BaseExpression) -> Value | None:
    """``iris.target``, ``len(iris.target_names)``."""
    if isinstance(owner, ApiObject) and owner.qualname == BUNCH:
        return owner.kwarg(attr)
    return None


def bunch_item(ctx: ExtractContext, value: Value, node: cst.Subscript,
               indices: tuple[Value, ...]) -> Value | None:
    """``iris["target"]``."""
    if len(indices) == 1 and isinstance(indices[0], Const) and isinstance(indices[0].value, str):
        return bunch_field(ctx, value, indices[0].value, node)
    return None


# Elementwise comparisons (``in``/``is`` compare whole objects).
_ELEMENTWISE = frozenset({"Equal", "NotEqual", "GreaterThan", "GreaterThanEqual", "LessThan",
                          "LessThanEqual"})


def compared(ctx: ExtractContext, node: cst.Comparison, left: Value, op: str,
             right: Value) -> Value | None:
    """``y == 3``, ``(y < 5).float()``: one yes/no per sample, binary labels of the same shape
    (a label derived expression is still labels); ``(scores > 0.5)`` of a known (N, C) array:
    several yes per sample, multi-hot."""
    if op not in _ELEMENTWISE:
        return None
    array, bound = (left, right) if isinstance(right, Const) else (right, left)
    if not isinstance(bound, Const):
        return None
    named = isinstance(bound.value, str) and op in ("Equal", "NotEqual")  # df.label == "M"
    if const_float(bound) is None and not (named and isinstance(array, LabelArray)):
        return None
    evidence = ctx.evidence(node)
    if isinstance(array, Weights) and array.shape:
        width = array.shape[-1] if len(array.shape) == 2 else None
        if len(array.shape) == 1 or width == 1:
            return LabelArray(Labels("binary", evidence, 2, rank=len(array.shape), dtype="bool"))
        return LabelArray(Labels("multihot", evidence, width, rank=2, dtype="bool")) if width else None
    if not isinstance(array, LabelArray):
        return None
    current = array.labels
    if current.encoding in ("onehot", "multihot"):  # onehot > 0: the same rows, as booleans
        return LabelArray(replace(current, dtype="bool"))
    if current.encoding == "unknown" and current.rank == 2 and (current.n_classes or 0) >= 2:
        # label columns named in a list, thresholded (annotators' fractions >= 0.5): each row
        # may have several
        return LabelArray(Labels("multihot", evidence, current.n_classes, rank=2, dtype="bool"))
    if current.encoding == "unknown" and current.rank != 1:
        return None  # maybe a matrix of scores: which encoding its mask has is not known
    return LabelArray(Labels("binary", evidence, 2, rank=current.rank, dtype="bool"))


def relabeled(ctx: ExtractContext, owner: Value, node: cst.Subscript,
              indices: tuple[Value, ...], value: Value) -> Value | None:
    """``y = np.zeros(len(df)); y[df.grade == "b"] = 1; y[df.grade == "c"] = 2``: class
    numbers written into labels, maybe beyond what they held (a negative one, ``-100``, is
    an ignored position, no class). Zeros or ones of a constant length written into
    (``y = torch.zeros(n * C, dtype=torch.long); y[ix] = c``) are no longer 0/1."""
    if isinstance(owner, Weights) and owner.filled is not None:
        return replace(owner, filled=None)
    if not isinstance(owner, LabelArray) or owner.labels.encoding not in ("binary", "index"):
        return None
    known, number = owner.labels, const_int(value)
    if number is not None and (number < 0 or known.encoding == "binary" and number in (0, 1)):
        return owner
    if number is None:
        return LabelArray(replace(known, encoding="unknown", n_classes=None, n_evidence=None))
    if owner.filled and known.n_classes is not None:
        # zeros(len(x)) with class 2 written into some: at least 3 classes (how many more
        # than the numbers written, not known: a lower bound, never too many units)
        count = max(known.n_classes, number + 1)
        evidence = ctx.evidence(node)
        return LabelArray(replace(known, encoding=index_encoding(count), n_classes=count,
                                  n_evidence=evidence, drawn=True), filled=True)
    return renumbered(owner)


def renumbered(labels: LabelArray) -> LabelArray:
    """Class numbers changed in place (``y[y == 2] = 1`` merges two classes, ``y[y == 10] = 0``
    makes 1..10 0-based; ``np.clip(y, 0, 1)``): class indices, how many and from where not
    known."""
    known = labels.labels
    if known.encoding not in ("binary", "index"):
        return labels
    return LabelArray(replace(known, encoding="index", n_classes=None, n_evidence=None,
                              one_based=False, drawn=False))


def length(ctx: ExtractContext, call: Call) -> Value:
    """``len(classes)``, ``len(label_map)``: how many items a list or dict written out has;
    of a list of items not all known (``len(models)``), a count."""
    value = call.args[0] if call.args else UNKNOWN
    if isinstance(value, (Seq, Dict)):
        return Const(len(value.items), call.node)
    if isinstance(value, Const) and isinstance(value.value, (str, tuple, list)):
        return Const(len(value.value), call.node)
    return Scalar() if isinstance(value, Tail) else UNKNOWN


def integer(ctx: ExtractContext, call: Call) -> Value:
    """``int(x)``: the number when known; the label it converts (``int(self.y[i])``); else one
    integer (``int(fname.split("_")[0])``, a sample's class number read from a file name).
    ``float(x)`` the same, of a floating dtype: a number, never a class number."""
    given = call.args[0] if call.args else UNKNOWN
    value = const_float(given)
    is_int = call.qualname == "builtins.int"
    if value is not None:
        return Const(int(value) if is_int else value, call.node) if math.isfinite(
            value) else UNKNOWN
    if isinstance(given, LabelArray) and given.labels.rank in (0, None):  # (a number: rank 0)
        return LabelArray(replace(given.labels, rank=0, dtype="int64" if is_int else "float"))
    if not call.args or call.has_star_args:
        return UNKNOWN
    return Scalar() if is_int else Scalar("float")


def typed(ctx: ExtractContext, call: Call, value: Value, dtype_value: Value) -> Value | None:
    """``np.array(y, dtype=np.int32)``: whatever ``y`` was, now an array of that dtype."""
    dtype = ctx.dtype_of(dtype_value)
    if dtype is None:
        return None
    if isinstance(value, LabelArray):
        converted = dtype != value.labels.dtype
        return LabelArray(replace(value.labels, dtype=dtype, dtype_evidence=ctx.evidence(
            call.node) if converted else value.labels.dtype_evidence))
    return LabelArray(Labels("unknown", ctx.evidence(call.node), dtype=dtype))


# --- datasets ---------------------------------------------------------------------------------


def dataset_of_pair(ctx: ExtractContext, call: Call) -> Value:
    """``from_tensor_slices((x, y))``: a dataset of the pair's labels; of one array
    (``from_tensor_slices(y)``), of its rows, labels when it holds labels."""
    data = call.arg(0, "tensors")
    if isinstance(data, Seq) and len(data.items) == 2:
        return Dataset(labels_of(data.items[1]) or Labels("unknown"), ctx.evidence(call.node))
    if isinstance(data, Seq):
        return Dataset(Labels("unknown"))
    labels = data.labels if isinstance(data, LabelArray) else None
    return Dataset(labels, ctx.evidence(call.node) if labels else None, width=1)


def zipped_datasets(ctx: ExtractContext, call: Call) -> Value:
    """``Dataset.zip((images, labels))`` of datasets of one array each: a dataset of pairs,
    the last one's rows its labels."""
    parts = call.arg(0, "datasets")
    if isinstance(parts, Seq) and len(parts.items) >= 2 and all(
            isinstance(part, Dataset) and part.width == 2 for part in parts.items):
        return ApiObject(T.ZIPPED_PAIRS, (("parts", parts),))  # (mixup: two (x, y) datasets)
    if not (isinstance(parts, Seq) and len(parts.items) >= 2 and all(
            isinstance(part, Dataset) and part.width == 1 for part in parts.items)):
        return UNKNOWN
    last = parts.items[-1]
    assert isinstance(last, Dataset)
    return Dataset(last.labels, last.evidence, width=len(parts.items))


def dataset_of_records(ctx: ExtractContext, call: Call) -> Value:
    """``tf.data.TFRecordDataset(files)``: a dataset of records, no labels until a ``.map``."""
    return Dataset(None, ctx.evidence(call.node), width=1)


def dataset_of_arguments(ctx: ExtractContext, call: Call) -> Value:
    """``TensorDataset(x, y)``: a dataset whose last tensor is the labels (and any tensor
    before it that holds labels: a multi-task data set's)."""
    if len(call.args) < 2 or call.has_star_args:
        return Dataset(Labels("unknown")) if call.args else UNKNOWN
    firsts = tuple(labels_of(arg) for arg in call.args[:-1])
    return Dataset(labels_of(call.args[-1]) or Labels("unknown"), ctx.evidence(call.node),
                   width=len(call.args), firsts=firsts if any(firsts) else ())


def iterate_dataset(ctx: ExtractContext, value: Value) -> Value | None:
    """An item of a dataset is an ``(x, y)`` batch (``(ids, mask, y)``: the labels last;
    ``(x, y_age, y_species)``: labels before them too)."""
    if isinstance(value, ApiObject) and value.qualname == T.ZIPPED_PAIRS:
        parts = value.kwarg("parts")
        assert isinstance(parts, Seq)
        return Seq(tuple(_pair_of(part) for part in parts.items))
    if isinstance(value, Dataset):
        firsts = value.firsts or (None,) * (value.width - 1)
        return Seq((*(LabelArray(known) if known else UNKNOWN for known in firsts),
                    LabelArray(value.labels or Labels("unknown"))))
    return None


def iterate_labels(ctx: ExtractContext, value: Value) -> Value | None:
    """``for i, label in enumerate(train_labels)``: one sample's class number."""
    if isinstance(value, LabelArray) and value.labels.rank == 1 and value.labels.encoding in (
            "index", "binary"):
        return LabelArray(replace(value.labels, rank=0))
    return None


def dataset_methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``ds.shuffle(...).batch(32)`` and its TF1 iterator yield what ``ds`` yields;
    ``iterator.get_next()`` is one ``(x, y)`` batch; ``ds.map(f)`` yields what ``f`` returns."""
    receiver, name = method.receiver, method.name
    if isinstance(receiver, ApiObject) and receiver.qualname == T.ZIPPED_PAIRS:
        return _zipped_pairs_method(ctx, receiver, name, call)
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
    if dataset.labels is None and dataset.width != 1:
        return dataset
    if isinstance(func, Function):  # (on a record, `parse(example)`: one argument)
        item = (UNKNOWN,) if dataset.labels is None else (UNKNOWN, LabelArray(dataset.labels))
        result = ctx.run_function(func, item)
        if isinstance(result, Seq) and len(result.items) == 2:
            return Dataset(labels_of(result.items[1]) or Labels("unknown"), dataset.evidence)
    return Dataset(Labels("unknown"))


def _zipped_pairs_method(ctx: ExtractContext, zipped: ApiObject, name: str, call: Call
                         ) -> Value | None:
    """``Dataset.zip((ds_one, ds_two))`` of two (x, y) datasets: batched, shuffled, the same;
    ``.map(mix_up)``: a dataset of what ``mix_up(pair_one, pair_two)`` returns."""
    if name in T.DATASET_METHODS:
        return zipped
    function = call.arg(0, "map_func")
    if name != "map" or not isinstance(function, Function):
        return UNKNOWN if name == "map" else None
    parts = zipped.kwarg("parts")
    assert isinstance(parts, Seq)
    result = ctx.run_function(function, tuple(_pair_of(part) for part in parts.items))
    if isinstance(result, Seq) and len(result.items) == 2:
        return Dataset(labels_of(result.items[1]) or Labels("unknown"))
    return Dataset(Labels("unknown"))


def _pair_of(dataset: Value) -> Value:
    """An (x, y) item of a dataset of pairs."""
    labels = dataset.labels if isinstance(dataset, Dataset) else None
    return Seq((UNKNOWN, LabelArray(labels) if labels is not None else UNKNOWN))


def one_shot_iterator(ctx: ExtractContext, call: Call) -> Value:
    """``tf.data.make_one_shot_iterator(ds)`` (TF1): an iterator over what ``ds`` yields."""
    dataset = call.arg(0, "dataset")
    return dataset if isinstance(dataset, Dataset) else UNKNOWN


def passthrough_first(ctx: ExtractContext, call: Call) -> Value:
    """``tqdm(loader)``: the same iterable."""
    return call.args[0] if call.args else UNKNOWN
