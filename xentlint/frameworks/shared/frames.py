"""Labels read from tables: pandas DataFrames and Hugging Face datasets.

A pandas column is one label per row, (N,); ``df[["label"]]`` keeps a column axis, (N, 1);
``.map({...})`` with a dict of class numbers says how many classes there are and whether they
start at 1; ``factorize`` and ``.cat.codes`` number them from 0. A column this code assigns
keeps its value. A Hugging Face dataset's fields are of unknown shape and kind, except the
label columns of well-known data sets (tables.HF_LABELS) and what this code's ``map`` returns.
"""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import Encoding, Labels
from ...interp.api import Call, ExtractContext, MethodResult
from ...interp.values import (
    UNKNOWN, ApiObject, ApiRef, BoundMethod, Const, Dataset, Dict, Frame, Function, LabelArray,
    Numbering, Scalar, Seq, Tail, Value, item_kinds,
)
from . import class_labels, tables as T
from .values import class_numbers, const_flag, const_int, index_encoding, labels_of

_INDEXER = "pandas.indexer"  # df.iloc / df.loc: (rows, columns) subscripts
_ROW = "pandas.row"  # df.iloc[i]: one row, its cells read by column (row["label"], row.label)
_STRINGS = "pandas.strings"  # a column's .str: its values' string methods
_GROUPS = "pandas.groups"  # df.groupby(key): iterated, (key, the rows of each group)


def frame_source(ctx: ExtractContext, call: Call) -> Value:
    """``pd.read_csv(path)``: a table of unknown columns."""
    return Frame()


def concatenated(ctx: ExtractContext, call: Call) -> Value:
    """``pd.concat([train, extra])``: tables joined, a table whose columns are not known (a
    column assigned in one of them may hold other values in the others)."""
    tables = call.arg(0, "objs")
    kinds = item_kinds(tables) if isinstance(tables, (Seq, Tail)) else None
    if kinds and all(isinstance(kind, Frame) and _is_table(kind) for kind in kinds):
        return Frame()
    return UNKNOWN


def matrix_source(ctx: ExtractContext, call: Call) -> Value:
    """``np.loadtxt("pima.csv", delimiter=",")``: a float table whose columns are positions;
    with a ``dtype`` given, of that dtype; of text (``dtype=str``), columns of names, compared
    or mapped to classes (structured or unknown dtypes: not followed)."""
    if "dtype" in call.kwargs:
        given = call.kwargs["dtype"]
        dtype = ctx.dtype_of(given)
        if dtype is None and isinstance(given, ApiRef) and given.qualname == "builtins.str":
            return Frame(positional=True)
        return Frame(positional=True, dtype=dtype) if dtype is not None else UNKNOWN
    return Frame(positional=True, dtype="float")


def hf_dataset(ctx: ExtractContext, call: Call) -> Value:
    """``load_dataset("imdb", split="train")``: a table of records whose label column (of a
    known data set) holds its class count; without ``split``, a dict of them by split."""
    path, config = call.arg(0, "path"), call.arg(1, "name")
    key = path.value.rsplit("/", 1)[-1] if isinstance(path, Const) and isinstance(
        path.value, str) else None
    if key is not None and isinstance(config, Const) and isinstance(config.value, str):
        key = f"{key}:{config.value}"
    evidence = ctx.evidence(call.node)
    columns = tuple(
        (name, LabelArray(Labels(index_encoding(n), evidence, n,
                                 n_evidence=evidence, dtype="int64")))
        for name, n in T.HF_LABELS.get(key or "", {}).items())
    split = call.arg(2, "split")
    return Frame(columns, records=True, splits=not call.has(2, "split") or isinstance(split, Seq))


def hf_table(ctx: ExtractContext, call: Call) -> Value:
    """``Dataset.from_dict({"text": texts, "labels": y})``, ``Dataset.from_pandas(df)``: a
    table of records of those columns."""
    slot = T.HF_TABLES[call.qualname]
    source = call.arg(slot.index, slot.name)
    if isinstance(source, Dict):
        return Frame(tuple((key, value) for key, value in source.items
                           if isinstance(key, str) and isinstance(value, LabelArray)),
                     records=True)
    if isinstance(source, Frame) and not source.records:
        return Frame(source.columns, records=True)
    return Frame(records=True)


def _hf_methods(ctx: ExtractContext, frame: Frame, name: str, call: Call
                ) -> Value | MethodResult:
    """A dataset of records: a Hugging Face dataset, or a TensorFlow one of dicts."""
    if name in T.HF_METHODS or name in T.DATASET_METHODS:
        return frame
    if name in T.HF_SPLITTING:
        return replace(frame, splits=True)
    if name in T.HF_CLASS_ENCODING:
        return class_labels.encoded_column(ctx, frame, name, call)
    if name == "rename_column":
        old, new = call.arg(0, "original_column_name"), call.arg(1, "new_column_name")
        if isinstance(old, Const) and isinstance(new, Const) and isinstance(new.value, str):
            moved = frame.column(str(old.value))
            kept = tuple((k, v) for k, v in frame.columns if k != old.value)
            columns = (*kept, (new.value, moved)) if moved is not None else kept
            return replace(frame, columns=columns)
        return replace(frame, columns=())
    if name == "map":
        function = call.arg(0, "function")
        mapped = _mapped_records(ctx, frame, function,
                                 per_record=call.arg(T.HF_MAP_BATCHED.index,
                                                     T.HF_MAP_BATCHED.name) != Const(True))
        removed = call.kwargs.get("remove_columns")
        if isinstance(mapped, Frame) and removed is not None:
            names = removed.items if isinstance(removed, Seq) else (removed,)
            if not all(isinstance(n, Const) for n in names):
                return replace(mapped, columns=())
            # (it removes the columns the data set had, not those the function returned: a
            # column the function names may be one of those)
            gone = {n.value for n in names if isinstance(n, Const)}
            named = _strings_in(function.node) if isinstance(function, Function) else set()
            return replace(mapped, columns=tuple((k, v) for k, v in mapped.columns
                                                 if k not in gone or k in named))
        return mapped
    if name in T.FRAME_COLUMN_METHODS:  # labels = batch.pop("labels"): gone from the batch
        slot = T.FRAME_COLUMN_METHODS[name]
        key = call.arg(slot.index, slot.name)
        rest = tuple((k, v) for k, v in frame.columns
                     if not (isinstance(key, Const) and k == key.value))
        return MethodResult(_column(ctx, frame, key, call.node), replace(frame, columns=rest))
    if name == "to_pandas":  # the same columns, as a table
        return replace(frame, records=False, splits=False)
    if name == "to_tf_dataset":  # (x, y) batches whose y is the label column
        label = call.kwargs.get("label_cols", UNKNOWN)
        if isinstance(label, Seq) and len(label.items) == 1:
            label = label.items[0]
        if not isinstance(label, Const) or not isinstance(label.value, str):
            return Dataset(Labels("unknown"))
        return Dataset(labels_of(frame.column(label.value) or UNKNOWN) or Labels("unknown"))
    return UNKNOWN


def _splits(node: cst.BaseExpression | None) -> bool:
    """A function that splits a string into a list: ``str.split``, ``lambda t: t.split()``."""
    if isinstance(node, cst.Lambda) and isinstance(node.body, cst.Call):
        split, params = node.body.func, node.params.params
        return (len(params) == 1 and isinstance(split, cst.Attribute)
                and split.attr.value == "split" and isinstance(split.value, cst.Name)
                and split.value.value == params[0].name.value)
    return (isinstance(node, cst.Attribute) and node.attr.value == "split"
            and isinstance(node.value, cst.Name) and node.value.value == "str")


def _strings_in(node: cst.CSTNode) -> set[str]:
    """Every string literal written in ``node``."""
    found: set[str] = set()

    class Strings(cst.CSTVisitor):
        def visit_SimpleString(self, string: cst.SimpleString) -> None:
            value = string.evaluated_value
            found.add(value if isinstance(value, str) else "")

    node.visit(Strings())
    return found


def _mapped_records(ctx: ExtractContext, frame: Frame, function: Value,
                    per_record: bool) -> Value:
    """``ds.map(fn)``: ``fn`` of the analysed code runs on a record; the columns it returns
    replace those of the table (``{"label": one_hot(...)}``); the others stay. Run on one
    record at a time (``per_record``, not ``batched=True``), it reads one row of each column
    (an axis less), and what it makes is one row of a column (an axis more)."""
    if not isinstance(function, Function):
        return replace(frame, columns=())  # whatever it did to them is not known

    def shifted(value: Value, axes: int) -> Value:
        if per_record and isinstance(value, LabelArray) and value.labels.rank is not None:
            return LabelArray(replace(value.labels, rank=max(value.labels.rank + axes, 0)))
        return value

    record = replace(frame, columns=tuple((k, shifted(v, -1)) for k, v in frame.columns))
    result = ctx.run_function(function, (record,))
    if isinstance(result, Seq) and len(result.items) == 2:
        # lambda record: (record["image"], record["label"]): a dataset of (x, y) pairs
        return Dataset(labels_of(shifted(result.items[1], 1)) or Labels("unknown"))
    if result is record:
        return frame
    if isinstance(result, Frame) and result.records:  # (example["labels"] = ...; return example)
        return replace(result, columns=tuple((k, shifted(v, 1)) for k, v in result.columns))
    if not isinstance(result, Dict):
        # tokenizer(batch["text"], truncation=True): columns of its own (input_ids...); a
        # column the function never names is not among them, and stays
        named = _strings_in(function.node)
        return replace(frame, columns=tuple((k, v) for k, v in frame.columns if k not in named))
    for name, value in result.items:
        if isinstance(name, str):
            frame = frame.with_column(name, shifted(value, 1))
    return frame


def iterate_records(ctx: ExtractContext, value: Value) -> Value | None:
    """A batch of a Hugging Face dataset (a DataLoader over it): the same columns; a group of
    a table's rows (``for user, rows in df.groupby("user")``): its key and a table of the same
    columns."""
    if isinstance(value, Frame) and value.records and not value.splits:
        return value
    if isinstance(value, ApiObject) and value.qualname == _GROUPS:
        return Seq((UNKNOWN, value.kwarg("frame")))
    return None


def _column(ctx: ExtractContext, frame: Frame, key: Value, node: cst.CSTNode) -> Value:
    """``df["label"]``: the column this code assigned, else one value per row; ``df[["label"]]``
    is the same values as an (N, 1) column; several columns are features."""
    if isinstance(key, Const) and isinstance(key.value, (str, int)) and not isinstance(
            key.value, bool):
        known = frame.column(str(key.value))
        if known is not None:
            return known
        if frame.records:  # a record's field: maybe a sequence, maybe floats
            return LabelArray(Labels("unknown", ctx.evidence(node)))
        return LabelArray(Labels("index", ctx.evidence(node), rank=1, dtype=frame.dtype))
    single = key.items[0] if isinstance(key, Seq) and len(key.items) == 1 else _one_wide(key)
    if single is not None and not frame.records:  # df[["label"]], iloc[:, :1]: one column
        one = _column(ctx, frame, single, node)
        if isinstance(one, LabelArray) and one.labels.rank == 1:
            return LabelArray(replace(one.labels, rank=2))
    return UNKNOWN


def _one_wide(key: Value) -> Value | None:
    """The column a slice one column wide takes (``:1``, ``0:1``, ``-1:``, ``3:4``)."""
    if not (isinstance(key, Const) and isinstance(key.value, slice)):
        return None
    start, stop, step = key.value.start, key.value.stop, key.value.step
    if step is not None or not all(b is None or type(b) is int for b in (start, stop)):
        return None
    first = 0 if start is None else start
    if stop is None:
        return Const(first) if first == -1 else None
    return Const(first) if stop - first == 1 and (first >= 0) == (stop > 0) else None


def _column_or_table(ctx: ExtractContext, frame: Frame, key: Value, node: cst.CSTNode) -> Value:
    """A column (:func:`_column`), or ``df[["text", "label"]]``: the table of those columns
    (what this code assigned to them still known)."""
    column = _column(ctx, frame, key, node)
    if column is not UNKNOWN or not isinstance(key, Seq) or not _is_table(frame):
        return column
    names = [item.value for item in key.items if isinstance(item, Const)]
    if len(names) < 2 or len(names) != len(key.items) or not all(
            isinstance(name, str) for name in names):
        return UNKNOWN
    return replace(frame, columns=tuple((k, v) for k, v in frame.columns if k in names),
                   width=len(set(names)))


def subscripts(ctx: ExtractContext, value: Value, node: cst.Subscript,
               indices: tuple[Value, ...]) -> Value | None:
    if isinstance(value, Frame) and value.splits and len(indices) == 1:
        return replace(value, splits=False) if isinstance(indices[0], Const) else UNKNOWN
    if isinstance(value, Dict) and len(indices) == 1 and not isinstance(indices[0], Const):
        return looked_up(ctx, value, node, node.value)  # label2id[name]
    if isinstance(value, Numbering) and len(indices) == 1:  # class_to_idx[name]
        return LabelArray(Labels("index", ctx.evidence(node), rank=0, dtype="int64"))
    if isinstance(value, Frame) and len(indices) == 2 and value.positional:
        return _column(ctx, value, indices[1], node) if _every_row(indices[0]) else UNKNOWN
    if isinstance(value, Frame) and len(indices) == 1:
        if isinstance(indices[0], LabelArray):
            return Frame()  # df[df.label != 0]: some rows (the classes may change)
        return _column_or_table(ctx, value, indices[0], node)
    if isinstance(value, ApiObject) and value.qualname == _ROW and len(indices) == 1:
        return _cell(ctx, value, indices[0], node)
    if isinstance(value, ApiObject) and value.qualname == _INDEXER and len(indices) == 2:
        frame = value.kwarg("frame")
        if isinstance(frame, Frame) and _is_table(frame) and _one_row(indices[0]):
            return _cell(ctx, ApiObject(_ROW, (("frame", frame),)), indices[1], node)
        if isinstance(frame, Frame) and _every_row(indices[0]):
            return _column_or_table(ctx, frame, indices[1], node)
        if isinstance(frame, Frame) and _is_table(frame) and _row_mask(indices[0]):
            # (some rows, as df[mask]: every column, or those named)
            return Frame() if _every_row(indices[1]) else _column_or_table(
                ctx, Frame(), indices[1], node)
        return UNKNOWN
    if isinstance(value, ApiObject) and value.qualname == _INDEXER and len(indices) == 1:
        # df.iloc[:1000]: some rows, every column (df.loc[key]: one row, not a table);
        # df.loc[df.len > 3]: some rows, as df[mask]
        frame = value.kwarg("frame")
        rows = isinstance(indices[0], Const) and isinstance(indices[0].value, slice)
        if not (isinstance(frame, Frame) and _is_table(frame)):
            return UNKNOWN
        if _one_row(indices[0]):  # self.df.iloc[idx] in __getitem__
            return ApiObject(_ROW, (("frame", frame),))
        return frame if rows else Frame() if _row_mask(indices[0]) else UNKNOWN
    return None


def _one_row(index: Value) -> bool:
    """A sample's index: ``__getitem__``'s ``idx``, or a number."""
    return isinstance(index, Scalar) or isinstance(index, Const) and type(index.value) is int


def _cell(ctx: ExtractContext, row: ApiObject, key: Value, node: cst.CSTNode) -> Value:
    """``row["label"]``: one sample's value of that column (an axis fewer than the column)."""
    frame = row.kwarg("frame")
    column = _column(ctx, frame, key, node) if isinstance(frame, Frame) else UNKNOWN
    if not isinstance(column, LabelArray) or column.labels.rank is None:
        return UNKNOWN
    return LabelArray(replace(column.labels, rank=column.labels.rank - 1))


def _row_mask(index: Value) -> bool:
    """Rows chosen by a condition: a boolean mask (``df.len > 3``) or a function of the table
    (``lambda d: d.len > 3``)."""
    return isinstance(index, (LabelArray, Function))


def _matrix(ctx: ExtractContext, frame: Frame, node: cst.CSTNode) -> Value:
    """``df.values``: the table as a matrix, by position; ``df[LABELS].values`` of a list of k
    names: k label columns, one-hot or multi-hot as the data has them (a row of k wherever a
    loss reads rows)."""
    if frame.width is not None and frame.width >= 2:
        return LabelArray(Labels("unknown", ctx.evidence(node), frame.width, rank=2,
                                 dtype=frame.dtype))
    return replace(frame, columns=(), positional=True)


def _is_table(frame: Frame) -> bool:
    """A pandas DataFrame (not a dataset of records, not a matrix)."""
    return not frame.records and not frame.positional


def _every_row(index: Value) -> bool:
    return isinstance(index, Const) and index.value == slice(None)


def attributes(ctx: ExtractContext, owner: Value, attr: str,
               node: cst.BaseExpression) -> Value | None:
    """``df.iloc`` / ``df.loc`` (indexers); ``df.target`` (a name that is not the table's own
    attribute) is a column; ``y.cat.codes`` are the column's class numbers."""
    if isinstance(owner, Frame) and attr in T.FRAME_INDEXERS:
        return ApiObject(_INDEXER, (("frame", owner),))
    if (isinstance(owner, ApiObject) and owner.qualname == _ROW and attr not in T.FRAME_API
            and not attr.startswith("_")):
        return _cell(ctx, owner, Const(attr), node)  # row.label
    if isinstance(owner, Frame) and attr == T.FRAME_MATRIX and _is_table(owner):
        return _matrix(ctx, owner, node)  # df.values: by position
    if (isinstance(owner, Frame) and _is_table(owner) and attr not in T.FRAME_API
            and not attr.startswith("_")):
        return _column(ctx, owner, Const(attr), node)
    if isinstance(owner, LabelArray) and attr in T.CATEGORY_ATTRIBUTES:
        return owner
    if isinstance(owner, LabelArray) and attr == "str":
        return ApiObject(_STRINGS, (("column", owner),))
    return None


def methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    receiver, name = method.receiver, method.name
    if name == "index" and isinstance(receiver, Seq) and call.args \
            and not isinstance(call.args[0], Const):
        return looked_up(ctx, receiver, call.node, method.receiver_node)  # CLASSES.index(name)
    if name == "index" and isinstance(receiver, Tail) and len(call.args) == 1:
        # classes = sorted(os.listdir(root)); classes.index(name): a position, of how many not
        # known
        return LabelArray(Labels("index", ctx.evidence(call.node), rank=0, dtype="int64"))
    if isinstance(receiver, ApiObject) and receiver.qualname == _STRINGS and name == "get_dummies":
        return _tag_columns(ctx, call)
    if isinstance(receiver, ApiObject) and receiver.qualname == _STRINGS and name == "split":
        return ApiObject(T.TAG_LISTS)
    if isinstance(receiver, LabelArray) and name in T.ELEMENTWISE_METHODS and _splits(
            call.arg_node(0, "func")):  # df["tags"].apply(lambda t: t.split(" "))
        return ApiObject(T.TAG_LISTS)
    if isinstance(receiver, Frame) and receiver.records:
        return _hf_methods(ctx, receiver, name, call)
    if isinstance(receiver, Frame):
        if name in T.FRAME_MATRIX_METHODS and _is_table(receiver):
            return _matrix(ctx, receiver, call.node)  # df.to_numpy()
        if name == "groupby" and _is_table(receiver):
            return ApiObject(_GROUPS, (("frame", receiver),))
        if name == "rename":  # a column assigned here may have another name now
            return replace(receiver, columns=())
        if name == "assign":  # df.assign(label=...): that column holds what is given
            for column, value in call.kwargs.items():
                receiver = receiver.with_column(
                    column, UNKNOWN if isinstance(value, Function) else value)
            return receiver
        if name in T.FRAME_METHODS:
            return receiver
        if name in T.FRAME_COLUMN_METHODS:
            slot = T.FRAME_COLUMN_METHODS[name]
            return _column(ctx, receiver, call.arg(slot.index, slot.name), call.node)
        return UNKNOWN
    if isinstance(receiver, LabelArray):
        if name in T.LABEL_MAPS:
            return mapped(ctx, receiver, call)
        if name in T.FACTORIZE_METHODS:
            return Seq((numbered(ctx, receiver, call), UNKNOWN))
        if name in T.MASK_METHODS:
            return LabelArray(Labels("binary", ctx.evidence(call.node), 2,
                                     rank=receiver.labels.rank, dtype="bool"))
        if name == "nonzero" and receiver.labels.encoding == "binary":  # (y < 5).nonzero(...)
            as_tuple = const_flag(call.kwargs.get("as_tuple", Const(False)))
            return Seq((receiver,)) if as_tuple else receiver
    return None


def _tag_columns(ctx: ExtractContext, call: Call) -> Value:
    """``df["Finding Labels"].str.get_dummies(sep="|")``: a column per tag, 1 where a row's
    tags joined by ``sep`` hold it: multi-hot rows, when a separator is written (without one,
    ``"|"`` still splits, but a column of single classes gives one-hot rows)."""
    encoding: Encoding = "multihot" if call.has(0, "sep") else "onehot"
    return LabelArray(Labels(encoding, ctx.evidence(call.node), rank=2))


def factorize(ctx: ExtractContext, call: Call) -> Value:
    """``codes, uniques = pd.factorize(df["label"])``."""
    source = call.arg(0, "values")
    if not isinstance(source, LabelArray):
        return UNKNOWN
    return Seq((numbered(ctx, source, call), UNKNOWN))


def categorical(ctx: ExtractContext, call: Call) -> Value:
    """``pd.Categorical(df["label"])``: its ``.codes`` are each value's number, from 0."""
    source = call.arg(0, "values")
    return numbered(ctx, source, call) if isinstance(source, LabelArray) else UNKNOWN


def numbered(ctx: ExtractContext, source: LabelArray, call: Call) -> LabelArray:
    """Each distinct value's number, from 0: class indices of the same shape."""
    return LabelArray(Labels("index", ctx.evidence(call.node), source.labels.n_classes,
                             n_evidence=source.labels.n_evidence, rank=source.labels.rank,
                             dtype="int64"))


def looked_up(ctx: ExtractContext, mapping: Dict | Seq, node: cst.CSTNode,
              evidence: cst.CSTNode) -> Value | None:
    """One sample's class number, looked up by a name of unknown value: ``label2id[name]`` in a
    label map, ``CLASSES.index(name)`` in a list of class names (rank 0: one label)."""
    if isinstance(mapping, Dict):
        numbered = class_numbers([value for _, value in mapping.items])
    else:
        names = [item.value for item in mapping.items if isinstance(item, Const)]
        numbered = ((len(names), False) if names and len(names) == len(mapping.items)
                    and all(isinstance(n, str) for n in names) and len(set(names)) == len(names)
                    else None)
    if numbered is None:
        return None
    n_classes, one_based = numbered
    encoding: Encoding = "index" if one_based else index_encoding(n_classes)
    return LabelArray(Labels(encoding, ctx.evidence(node), n_classes,
                             n_evidence=ctx.evidence(evidence), one_based=one_based, rank=0,
                             dtype="int64"))


def mapped(ctx: ExtractContext, source: LabelArray, call: Call) -> Value:
    """``y.map({"cat": 1, "dog": 2, "bird": 3})``: class indices 1..3 (the dict's values give
    the range); a mapping that is not a dict literal of class numbers says nothing."""
    mapping = call.arg(0, "arg")
    node = call.arg_node(0, "arg")
    if not isinstance(mapping, Dict) or not mapping.items or node is None:
        return UNKNOWN
    numbers = [const_int(value) for _, value in mapping.items]
    if any(number is None or number < 0 for number in numbers):
        return UNKNOWN
    present = [number for number in numbers if number is not None]
    low, high = min(present), max(present)
    one_based = low == 1
    n_classes = high if one_based else high + 1
    encoding: Encoding = "index" if one_based else index_encoding(n_classes)
    return LabelArray(Labels(encoding, ctx.evidence(call.node), n_classes,
                             n_evidence=ctx.evidence(node), one_based=one_based,
                             rank=source.labels.rank, dtype="int64"))


def assigned_column(ctx: ExtractContext, owner: Value, node: cst.Subscript,
                    indices: tuple[Value, ...], value: Value) -> Value | None:
    """``df["label"] = df["label"].map(...)``: the table with that column."""
    if (isinstance(owner, Frame) and len(indices) == 1 and isinstance(indices[0], Const)
            and isinstance(indices[0].value, str)):
        if value is UNKNOWN:  # df["sentiment"] = np.where(...): a value a row, of some kind
            value = LabelArray(Labels("unknown", ctx.evidence(node), rank=1))
        return owner.with_column(indices[0].value, value)
    return None
