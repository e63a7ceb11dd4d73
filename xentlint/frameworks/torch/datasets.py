"""PyTorch data: what a ``DataLoader`` yields (the default collate, or the user's
``collate_fn`` run on a list of items), a ``Dataset``'s items, ``Subset`` / ``random_split``
views, and torchvision data sets with their ``target_transform``."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import Labels
from ...interp.api import Call, ExtractContext
from ...interp.values import (
    UNKNOWN, ApiRef, Const, Dataset, Dict, Frame, Function, Instance, LabelArray, OneOf, Scalar,
    Seq, Tail, Value, item_kinds,
)
from ..shared import listed
from ..shared.values import labels_of
from . import tables as KT


def data_loader(ctx: ExtractContext, call: Call) -> Value:
    """Batches of what the dataset yields, stacked by the default collate, or what a
    ``collate_fn`` of the user's makes of a list of its items (run on them)."""
    dataset = call.arg(0, "dataset")
    collate = call.kwargs.get("collate_fn", Const(None))
    if isinstance(collate, ApiRef) and collate.qualname in KT.DEFAULT_COLLATE:
        collate = Const(None)  # (spelled out: what the loader does when given none)
    if not (isinstance(collate, Const) and collate.value is None):
        # (of a data set not known here too: a collate's batch does not depend on its items'
        # source, torch.tensor(labels, dtype=torch.long) is int64 whatever they were)
        return _batches_of(_collated_by(ctx, collate, _item_of(ctx, dataset)))
    if isinstance(dataset, (Dataset, Frame)):
        return dataset  # (a Hugging Face dataset's batches are tables of its columns)
    batch = _stacked(ctx, _item_of(ctx, dataset), call.node)
    if batch is not UNKNOWN:
        return _batches_of(batch)
    # (a data set not known here still gives (x, y) batches: labels of unknown kind)
    return Dataset(Labels("unknown")) if call.has(0, "dataset") else UNKNOWN


def dict_batches(ctx: ExtractContext, dataset: Value, node: cst.CSTNode) -> Value:
    """The batches of a data set of dicts as a trainer collates them (the ``inputs`` of a
    Hugging Face Trainer's ``compute_loss``): a table of their columns (UNKNOWN: not dicts)."""
    if isinstance(dataset, Frame) and dataset.records:
        return dataset
    item = _item_of(ctx, dataset)
    return _dict_batches(ctx, item, node) if isinstance(item, Dict) else UNKNOWN


def _stacked(ctx: ExtractContext, item: Value, node: cst.CSTNode) -> Value:
    """One batch the default collate stacks of items like ``item``: ``(x, y)`` with the labels
    one axis more, or of ``{"image": ..., "target": ...}`` a table of the columns
    (``batch["target"]``); UNKNOWN for other items."""
    if isinstance(item, Seq) and len(item.items) >= 2:
        return Seq((item.items[0], *(_collated(ctx, value, node) for value in item.items[1:])))
    if isinstance(item, Dict):
        return _dict_batches(ctx, item, node)
    return UNKNOWN


def _dict_batches(ctx: ExtractContext, item: Dict, node: cst.CSTNode) -> Frame:
    return Frame(tuple((key, _collated(ctx, value, node)) for key, value in item.items
                       if isinstance(key, str) and isinstance(value, LabelArray)), records=True)


def _item_of(ctx: ExtractContext, dataset: Value) -> Value:
    """One item of a data set: what its ``__getitem__`` returns, or (x, y) of a dataset of
    labels (a TensorDataset: one sample's label)."""
    if isinstance(dataset, Instance):
        getitem = dataset.cls.method("__getitem__")
        if getitem is not None:
            return ctx.run_function(Function(getitem, dataset), (Scalar(),))
    if isinstance(dataset, Dataset) and dataset.labels is not None:
        firsts = dataset.firsts or (None,) * (dataset.width - 1)
        return Seq((*(LabelArray(_one(known)) if known else UNKNOWN for known in firsts),
                    LabelArray(_one(dataset.labels))))
    return UNKNOWN


def _one(labels: Labels) -> Labels:
    """One sample's labels of a data set's."""
    return replace(labels, rank=labels.rank - 1 if labels.rank else None)


def _collated_by(ctx: ExtractContext, collate: Value, item: Value) -> Value:
    """What the user's ``collate_fn`` returns for a list of ``item``s (``zip(*batch)``,
    ``F.one_hot(torch.tensor(targets), 10)``)."""
    if not isinstance(collate, Function):
        return UNKNOWN
    return ctx.run_function(collate, (Tail.repeating((item,)) if item is not UNKNOWN
                                      else Tail(()),))


def default_collate(ctx: ExtractContext, call: Call) -> Value:
    """``default_collate(batch)`` in the user's own collate: the list of items stacked as the
    loader does by default (one batch of what each item is)."""
    items = call.arg(0, "batch")
    kinds = item_kinds(items) if isinstance(items, (Seq, Tail)) else None
    if not kinds or len(set(kinds)) != 1:
        return UNKNOWN
    return _stacked(ctx, kinds[0], call.node)


def _batches_of(batch: Value) -> Value:
    """A loader of these batches: the labels are their last tensor, and any tensor between
    the input and it that holds labels (a table of columns, of a batch of dicts); of unknown
    kind when no ``(x, y)`` batch is known."""
    if isinstance(batch, Frame) and batch.records:
        return batch
    if not (isinstance(batch, Seq) and len(batch.items) >= 2):
        return Dataset(Labels("unknown"))
    # (x, y, path): labels before the last too, by position; first, only labels known as such
    # (torchtext's (label, text, offsets); not token ids)
    first = labels_of(batch.items[0])
    firsts = (first if first is not None and first.encoding != "unknown" else None,
              *(labels_of(value) for value in batch.items[1:-1]))
    return Dataset(labels_of(batch.items[-1]) or Labels("unknown"), width=len(batch.items),
                   firsts=firsts if any(firsts) else ())


def chosen_label(ctx: ExtractContext, value: OneOf, node: cst.CSTNode) -> LabelArray | None:
    """``1 if "pos" in path else 0``: one sample's label, one of the numbers written."""
    chosen = listed.list_labels(Seq(value.values), ctx.evidence(node))
    return LabelArray(replace(chosen.labels, rank=0)) if chosen is not None else None


def _collated(ctx: ExtractContext, value: Value, node: cst.CSTNode) -> Value:
    """One item's labels batched by the default collate (at ``node``): one more axis (a Python
    number chosen by a condition, ``return x, label``: a tensor of them)."""
    if isinstance(value, OneOf) and all(isinstance(v, Const) for v in value.values):
        value = chosen_label(ctx, value, node) or value
    if not isinstance(value, LabelArray):
        return value
    rank = value.labels.rank
    return LabelArray(replace(value.labels, rank=rank + 1 if rank is not None else None))


def dataset_view(ctx: ExtractContext, call: Call) -> Value:
    """``Subset(ds, indices)``: yields what ``ds`` yields; ``random_split(ds, [0.8, 0.2])``: one
    such view per length."""
    slot = KT.DATASET_VIEWS[call.qualname]
    dataset = call.arg(slot.index, slot.name)
    if call.qualname not in KT.SPLITS:
        # (indices chosen by class, np.where(ds.targets < 2), keep only some: how many, not
        # known)
        return _some_classes(dataset)
    lengths = call.arg(1, "lengths")
    return Seq((dataset,) * len(lengths.items)) if isinstance(lengths, Seq) else UNKNOWN


def _some_classes(dataset: Value) -> Value:
    if isinstance(dataset, Dataset) and dataset.labels is not None \
            and dataset.labels.n_classes is not None:
        return replace(dataset, labels=replace(dataset.labels, n_classes=None, n_evidence=None))
    return dataset


def targets_of(ctx: ExtractContext, owner: Value, attr: str,
               node: cst.BaseExpression) -> Value | None:
    """``train_set.targets``: the labels of every sample of a data set."""
    if isinstance(owner, Dataset) and owner.labels is not None and attr in KT.DATASET_TARGETS:
        return LabelArray(owner.labels)
    return None


def relabelled(ctx: ExtractContext, owner: Value, attr: str, value: Value) -> Value | None:
    """``train_set.targets = (train_set.targets == 7).long()``, ``ds.targets[ds.targets >= 5]
    = 1``: the data set yields these labels now (of unknown kind when they are not known)."""
    if not (isinstance(owner, Dataset) and attr in KT.DATASET_RELABELLING):
        return None
    given = labels_of(value) if attr in KT.DATASET_TARGETS else None
    return replace(owner, labels=given or Labels("unknown"))


def torchvision_dataset(ctx: ExtractContext, call: Call) -> Value:
    n = KT.DATASETS[call.qualname]
    evidence = ctx.evidence(call.node)
    targets = Labels("index", evidence, n, n_evidence=evidence if n else None, rank=1,
                     dtype="int64")
    transform = call.kwargs.get("target_transform", Const(None))
    if not (isinstance(transform, Const) and transform.value is None):
        targets = _transformed_targets(ctx, transform, targets)
    return Dataset(targets, evidence)


def text_dataset(ctx: ExtractContext, call: Call) -> Value:
    """``AG_NEWS(split="train")``: ``(label, text)`` items, the labels numbered from 1."""
    evidence = ctx.evidence(call.node)
    targets = Labels("index", evidence, KT.TEXT_DATASETS[call.qualname], one_based=True,
                     n_evidence=evidence, rank=1, dtype="int64")
    return Dataset(Labels("unknown"), evidence, firsts=(targets,))


def _transformed_targets(ctx: ExtractContext, transform: Value, targets: Labels) -> Labels:
    """What a ``target_transform`` makes of each class index (``lambda y: F.one_hot(
    torch.tensor(y), 10)``), batched by the default collate; unknown for a transform that
    cannot be run here."""
    if not isinstance(transform, Function):
        return Labels("unknown")
    item = ctx.run_function(transform, (LabelArray(replace(targets, rank=0)),))
    return labels_of(_collated(ctx, item, transform.node)) or Labels("unknown")
