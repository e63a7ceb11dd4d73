"""Labels written out or collected in a list: ``np.array([2, 0, 1])``,
``torch.tensor([[0, 1], [1, 0]])``, ``labels.append(0)`` in a loop over one folder and
``labels.append(1)`` over the other, then ``np.array(labels)``.

What the values are says the encoding: integers are class indices (how many classes, whether
from 1), rows of 0/1 one-hot or multi-hot; a list the interpreter knows only in part says what
every item can be (:class:`~xentlint.interp.values.Tail`).
"""

from __future__ import annotations

from dataclasses import replace

from ...facts import Dtype, Evidence, Labels
from ...interp.values import Const, LabelArray, OneOf, Scalar, Seq, Tail, Value, item_kinds


def list_labels(data: Seq | Tail, evidence: Evidence) -> LabelArray | None:
    """What an array made of a list holds (``np.array(labels)``, ``torch.tensor(ys)``)."""
    if isinstance(data, Seq):
        return literal_labels(data, evidence) if data.items else None
    return appended_labels(data, evidence)


def stacked(sample: Labels) -> Labels:
    """Samples' labels, one array each, stacked along a new first axis: one number each, a
    vector; rows of classes, a matrix of them; a sequence of class numbers each (``encoded[j:
    j + 100]``), (N, L) class indices, which is no (N, 1) column: not said."""
    rank = sample.rank
    rows = sample.encoding in ("onehot", "multihot")
    return replace(sample, rank=rank + 1 if rank == 0 or rows and rank is not None else None)


def appended_labels(data: Tail, evidence: Evidence) -> LabelArray | None:
    """A list of unknown length whose every item is a class number (``labels.append(0)`` and
    ``labels.append(1)`` in loops over two folders, ``labels.append(idx)`` with ``idx`` from
    ``enumerate(class_names)``, ``[0] * n + [1] * m``) or one sample's label
    (``labels.append(label2id[name])``): a vector of class indices; how many classes when
    every value is written out."""
    if not data.each:
        return None
    kinds = tuple(choice for kind in data.each
                  for choice in (kind.values if isinstance(kind, OneOf) else (kind,)))
    if all(isinstance(kind, Seq) for kind in kinds):  # rows: [1, 0] for a cat, [0, 1] a dog
        return literal_labels(Seq(kinds), evidence)
    if all(isinstance(kind, LabelArray) for kind in kinds):
        found = {replace(kind.labels, evidence=None, n_evidence=None, dtype_evidence=None)
                 for kind in kinds if isinstance(kind, LabelArray)}
        sample = next(iter(found))
        # ([to_categorical(seq, n) for seq in tags]: one sequence's one-hot rows each;
        # [[tag2idx[t] for t in s] for s in sents]: one sequence's class indices each; a row
        # of 0/1 may be a sequence's labels or one sample's row: not said)
        if len(found) != 1 or sample.rank != 0 and sample.encoding not in (
                "onehot", "multihot", "index"):
            return None
        return LabelArray(replace(stacked(sample), evidence=evidence))
    if all(isinstance(kind, Tail) for kind in kinds):
        return sequence_labels(data, evidence)
    if any(isinstance(kind, Scalar) and kind.dtype is None for kind in kinds):
        numbers = _numbers(Seq(tuple(kind for kind in kinds if not isinstance(kind, Scalar))))
        if numbers is None or any(not isinstance(v, int) or v < 0 for v in numbers):
            return None
        return LabelArray(Labels("index", evidence, rank=1, dtype="int64"))
    numbers = _numbers(Seq(kinds))
    if not numbers:
        return None
    if len(set(numbers)) < 2:
        # One value only: one class, or a number the loop changes (label_id =
        # len(labels_index), read once here): numbers of that dtype, what they are not known.
        dtype: Dtype = "int64" if all(isinstance(v, int) for v in numbers) else "float"
        return LabelArray(Labels("unknown", evidence, rank=1, dtype=dtype))
    # (values written in the code: as many classes as the largest + 1 at least; a head over
    # more classes, pretrained, may be trained on some of them)
    return _literal_values(numbers, evidence)


def sequence_labels(data: Value, evidence: Evidence) -> LabelArray | None:
    """A list of sequences of class numbers (``[[tag2idx[t] for t in s] for s in sents]``, a
    tagger's targets): (N, L) class indices, when every sequence is class numbers alike and
    some number is past 1 (a list of 0/1 may be a row of flags per class, not a sequence)."""
    kinds = item_kinds(data) if isinstance(data, (Seq, Tail)) else None
    if not kinds or not all(isinstance(kind, Tail) for kind in kinds):
        return None
    found = [appended_labels(kind, evidence) for kind in kinds if isinstance(kind, Tail)]
    labels = {f.labels for f in found if f is not None}
    if len(found) != len(kinds) or len(labels) != 1:
        return None
    sequence = next(iter(labels))
    if sequence.encoding != "index" or sequence.rank != 1:
        return None
    return LabelArray(replace(sequence, rank=2))


def literal_labels(data: Seq, evidence: Evidence) -> LabelArray | None:
    """An array written out (``np.array([2, 0, 1])``, ``torch.tensor([[0, 1], [1, 0]])``):
    1-D integers are class indices, at least as many classes as the largest + 1 (1..C when the
    smallest is 1); 1-D floats are float values; rows of 0/1 with a single 1 each are one-hot,
    with several multi-hot; one 0/1 column is binary. A row one of several (``[1, 0]`` for a
    cat, ``[0, 1]`` for a dog) counts as each of them."""
    numbers = _numbers(data)
    if numbers is not None and len(data.items) == 1:
        # one sample's label (``torch.Tensor([9])`` in a test): against one output row, (1,)
        # and (1, 1) are alike
        single = _literal_values(numbers, evidence)
        return LabelArray(replace(single.labels, rank=None)) if single is not None else None
    if numbers is not None:
        return _literal_values(numbers, evidence) if numbers else None
    rows = [_numbers(row) if isinstance(row, Seq) else None for item in data.items
            for row in (item.values if isinstance(item, OneOf) else (item,))]
    known = [row for row in rows if row]
    if not rows or len(known) != len(rows) or len({len(row) for row in known}) != 1:
        return None
    width = len(known[0])
    cells = [v for row in known for v in row]
    if any(v not in (0, 1) for v in cells):
        return None
    dtype: Dtype = "int64" if all(isinstance(v, int) for v in cells) else "float"
    ones = [sum(row) for row in known]
    if width == 1:
        return LabelArray(Labels("binary", evidence, 2, rank=2, dtype=dtype))
    if all(count == 1 for count in ones):
        return LabelArray(Labels("onehot", evidence, width, n_evidence=evidence, rank=2,
                                 dtype=dtype, columns_presumed=True))
    if min(ones) >= 1 and max(ones) >= 2:
        return LabelArray(Labels("multihot", evidence, width, rank=2, dtype=dtype,
                                 columns_presumed=True))
    return None


def _literal_values(numbers: list[int | float], evidence: Evidence) -> LabelArray | None:
    integers = [v for v in numbers if isinstance(v, int)]
    if len(integers) != len(numbers):
        return LabelArray(Labels("unknown", evidence, rank=1, dtype="float"))
    low, high = min(integers), max(integers)
    if low < 0:
        return None
    if high <= 1:
        return LabelArray(Labels("binary", evidence, 2, rank=1, dtype="int64", drawn=True))
    one_based = low == 1
    return LabelArray(Labels("index", evidence, high if one_based else high + 1,
                             n_evidence=evidence, one_based=one_based, rank=1, dtype="int64",
                             drawn=True))


def _numbers(data: Seq) -> list[int | float] | None:
    """The numbers of a flat literal (every number an item can be), None if it is not one
    (booleans are not numbers here)."""
    items = [number for item in data.items
             for number in (item.values if isinstance(item, OneOf) else (item,))]
    if any(isinstance(item, Seq) for item in items):
        return None
    values = [item.value for item in items if isinstance(item, Const)]
    if len(values) != len(items) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return None
    return values
