"""Label rows written into zeros by marking classes with 1.

``Y = np.zeros((n, C))`` then ``Y[np.arange(n), y] = 1`` (or ``Y[i, label] = 1`` for each
sample) makes one-hot rows; ``target = torch.zeros(C)`` then ``target[label] = 1`` one
sample's one-hot row; a loop that marks every class of a sample (``for tag in tags:
target[tag] = 1``), or a list of them at once (``target[tag_ids] = 1``), a multi-hot row: the
multi-label targets a ``Dataset.__getitem__`` typically builds.
"""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from ...facts import Encoding, Labels
from ...interp.api import ExtractContext
from ...interp.values import Const, LabelArray, Scalar, Seq, Tail, Value, Weights
from .values import const_float


def scattered(ctx: ExtractContext, owner: Value, node: cst.Subscript,
              indices: tuple[Value, ...], value: Value) -> Value | None:
    """``onehot = np.zeros((n, C)); onehot[np.arange(n), y] = 1``: one-hot rows of C classes."""
    if not (isinstance(owner, Weights) and len(owner.shape) == 2 and len(indices) == 2
            and isinstance(indices[1], LabelArray) and const_float(value) == 1.0):
        return None
    if indices[1].labels.encoding not in ("index", "binary", "unknown"):
        return None
    width = owner.shape[1]
    return LabelArray(Labels("onehot", ctx.evidence(node), width, rank=2,
                             dtype=owner.dtype or "float",
                             n_evidence=ctx.evidence(node) if width is not None else None))


def marked(ctx: ExtractContext, owner: Value, node: cst.Subscript,
           indices: tuple[Value, ...], value: Value) -> Value | None:
    """``target[label] = 1`` on a row of zeros in a ``__getitem__``: one class marked (one-hot);
    ``target[tag] = 1`` in a loop over the sample's tags, or ``target[tags] = 1``: several
    (multi-hot); ``Y[i, tag] = 1`` so, a matrix of multi-hot rows. The width is the zeros' last
    dimension, written where they were made."""
    if isinstance(owner, LabelArray) and owner.filled and owner.labels.rank == 1 and (
            owner.labels.encoding == "binary") and _building_an_item(ctx):
        # (zeros of a length not known here, torch.zeros(len(all_tags)), in a __getitem__: a
        # row of that many zeros)
        owner = Weights((None,), filled=owner.labels.evidence, dtype=owner.labels.dtype)
    if not (isinstance(owner, Weights) and 1 <= len(owner.shape) <= 2
            and len(indices) == len(owner.shape) and const_float(value) == 1.0):
        return None
    if owner.dtype is not None and owner.dtype != "float":
        return None  # (integer zeros marked 1: as likely a 0/1 class index at each position)
    positions = _index_nodes(node)
    if len(positions) != len(indices) or len(positions) == 1 and not _building_an_item(ctx):
        return None  # (a vector of zeros elsewhere may be a 0/1 label for every sample)
    encoding = _marking(ctx, owner, node, positions, indices[-1])
    if encoding is None:
        return None
    width = owner.shape[-1]
    evidence = ctx.evidence(node)
    return LabelArray(Labels(encoding, evidence, width, rank=len(owner.shape),
                             dtype=owner.dtype or "float",
                             n_evidence=(owner.filled or evidence) if width is not None else None))


def _marking(ctx: ExtractContext, owner: Weights, node: cst.Subscript,
             positions: list[cst.BaseExpression], class_index: Value) -> Encoding | None:
    """Multi-hot when several classes of one row are marked; one-hot when one class of a row
    of zeros is (rows of a matrix marked one by one are ``scattered``'s)."""
    *rows, column = positions
    if isinstance(class_index, Tail) or isinstance(class_index, Seq) and len(
            class_index.items) > 1:
        return "multihot"  # target[tag_ids] = 1
    made = owner.filled.node if owner.filled is not None else None
    for loop in reversed(ctx.loops()):
        names = set(_names(loop.target))
        if not names & set(_names(column)):
            continue
        # (the zeros made anew in the loop, or the row chosen by the same loop: one mark per
        # row; a mark under `if tag == name` or before a `break`: maybe only one)
        if made is None or _inside(loop.body, made) or any(
                names & set(_names(row)) for row in rows) or not _marks_each(loop.body, node):
            return None
        return "multihot"
    if not rows and _one_class(class_index):
        return "onehot"
    return None


def _building_an_item(ctx: ExtractContext) -> bool:
    """A data set's ``__getitem__`` is running: a vector it fills is one sample's target."""
    return any(isinstance(f, cst.FunctionDef) and f.name.value == "__getitem__"
               for f in ctx.running())


def _one_class(value: Value) -> bool:
    """One class index: a number, a sample's label (``self.labels[i]``)."""
    if isinstance(value, Const):
        return isinstance(value.value, int) and not isinstance(value.value, bool)
    if isinstance(value, LabelArray):
        return value.labels.rank == 0 and value.labels.encoding in ("index", "binary")
    return isinstance(value, Scalar) and value.dtype is None


def _index_nodes(node: cst.Subscript) -> list[cst.BaseExpression]:
    """The index expressions of ``Y[i, t]`` or ``Y[i][t]``, outermost array first."""
    inner = _index_nodes(node.value) if isinstance(node.value, cst.Subscript) else []
    own = [element.slice.value for element in node.slice
           if isinstance(element.slice, cst.Index)]
    return [*inner, *own] if len(own) == len(node.slice) else []


def _marks_each(body: cst.BaseSuite, target: cst.Subscript) -> bool:
    """The loop body marks ``target`` on every pass that reaches it: it is in the body, under
    conditions that compare nothing for equality, and the loop never breaks off."""
    if any(isinstance(n, cst.Break) for n in _walk(body)):
        return False
    pending: list[cst.CSTNode] = [body]
    while pending:
        node = pending.pop()
        if isinstance(node, cst.Assign):
            if any(t.target is target for t in node.targets):
                return True
            continue
        if isinstance(node, cst.If) and any(
                isinstance(n, (cst.Equal, cst.Is)) for n in _walk(node.test)):
            continue
        if isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda, cst.BaseExpression)):
            continue
        pending.extend(node.children)
    return False


def _inside(tree: cst.CSTNode, node: cst.CSTNode) -> bool:
    return any(n is node for n in _walk(tree))


def _names(node: cst.CSTNode) -> Iterator[str]:
    return (n.value for n in _walk(node) if isinstance(n, cst.Name))


def _walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    pending = [node]
    while pending:
        current = pending.pop()
        yield current
        pending.extend(current.children)


__all__ = ["marked", "scattered"]
