"""Keras's data: its bundled data sets (``keras.datasets.*.load_data()``), datasets of a
directory's images or texts (``image_dataset_from_directory``, ``ImageDataGenerator``'s
flows), of a data frame's column and of a series' windows: the labels each yields."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import Labels
from ...interp.api import Call, ExtractContext
from ...interp.values import UNKNOWN, ApiObject, Const, Dataset, Frame, LabelArray, Seq, Value
from ..shared.tables import TAG_LISTS
from ..shared.values import index_encoding, labels_of
from . import tables as KK


def load_data(ctx: ExtractContext, call: Call) -> Value:
    """``(x, y), (x_test, y_test) = keras.datasets.cifar10.load_data()``: the data set's labels."""
    if call.qualname not in KK.DATASETS:
        return UNKNOWN
    encoding, n_classes, rank, dtype = KK.DATASETS[call.qualname]
    if call.qualname.endswith("cifar100.load_data"):
        mode = call.arg(0, "label_mode", Const("fine"))
        n_classes = {"fine": 100, "coarse": 20}.get(mode.value) if isinstance(mode, Const) else None
    targets = LabelArray(Labels(encoding, ctx.evidence(call.node), n_classes,
                              n_evidence=ctx.evidence(call.node), rank=rank, dtype=dtype))
    return Seq((Seq((UNKNOWN, targets)), Seq((UNKNOWN, targets))))


def _directory_dataset(ctx: ExtractContext, call: Call, param: str, default: str) -> Dataset:
    """A dataset of a directory's images: its labels as ``label_mode=`` / ``class_mode=``
    says (named by that argument, ``class_mode="categorical"``, or by the call)."""
    mode = call.arg(-1, param, Const(default))
    if not isinstance(mode, Const):
        return Dataset(Labels("unknown"))
    if mode.value is None:
        return Dataset(None)
    encoding = KK.LABEL_MODES.get(mode.value, "unknown")
    node: cst.CSTNode = next((arg for arg in call.arg_nodes if arg.keyword is not None
                              and arg.keyword.value == param), call.node)
    n_classes = None
    class_names = call.kwargs.get("class_names") or call.kwargs.get("classes")
    if isinstance(class_names, Seq):
        n_classes = len(class_names.items)
    if encoding == "binary":  # float 0/1: (N, 1) from image_dataset_from_directory, (N,) a flow
        return Dataset(Labels("binary", ctx.evidence(node), 2, rank=2 if param == "label_mode"
                              else 1, dtype="float"), ctx.evidence(call.node))
    if encoding == "index":  # (N,) class numbers; of two classes, 0/1 labels
        return Dataset(Labels(index_encoding(n_classes), ctx.evidence(node), n_classes, rank=1),
                       ctx.evidence(call.node))
    return Dataset(Labels(encoding, ctx.evidence(node), n_classes), ctx.evidence(call.node))


def _tagged(dataset: Dataset, call: Call) -> Dataset:
    """``flow_from_dataframe(df, y_col="tags", class_mode="categorical")`` of a column of
    lists of tags (``df["tags"] = df["labels"].str.split("|")``): multi-hot rows."""
    frame, column = call.arg(0, "dataframe"), call.kwargs.get("y_col")
    if (dataset.labels is not None and dataset.labels.encoding == "onehot"
            and isinstance(frame, Frame) and isinstance(column, Const)
            and isinstance(column.value, str) and isinstance(tags := frame.column(column.value),
                                                             ApiObject)
            and tags.qualname == TAG_LISTS):
        return replace(dataset, labels=replace(dataset.labels, encoding="multihot",
                                               evidence=dataset.evidence))
    return dataset


def windows(ctx: ExtractContext, call: Call) -> Value:
    """``timeseries_dataset_from_array(data, targets, sequence_length=...)``,
    ``TimeseriesGenerator(data, targets, length=...)``: batches of windows and their targets."""
    slot = KK.WINDOW_DATASETS[call.qualname]
    targets = labels_of(call.arg(slot.index, slot.name))
    return Dataset(targets, ctx.evidence(call.node)) if targets is not None else UNKNOWN


def from_directory(ctx: ExtractContext, call: Call) -> Value:
    """``image_dataset_from_directory(...)``; with ``subset="both"``, the training and the
    validation datasets."""
    param, default = KK.DIRECTORY_DATASETS[call.qualname]
    dataset = _directory_dataset(ctx, call, param, default)
    subset = call.kwargs.get("subset")
    if isinstance(subset, Const) and subset.value == "both":
        return Seq((dataset, dataset))
    return dataset


def generator_methods(ctx: ExtractContext, name: str, call: Call) -> Value | None:
    """``ImageDataGenerator(...).flow_from_directory(...)``, ``.flow_from_dataframe(...)``,
    ``.flow(x, y)``: a dataset of those labels."""
    if name in KK.GENERATOR_METHODS:
        param, default = KK.GENERATOR_METHODS[name]
        dataset = _directory_dataset(ctx, call, param, default)
        return _tagged(dataset, call) if name == "flow_from_dataframe" else dataset
    if name == "flow":
        return Dataset(labels_of(call.arg(1, "y")), ctx.evidence(call.node))
    return None
