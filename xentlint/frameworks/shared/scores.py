"""Raw scores made of a model's parts: two parts' scores added (a skip connection), two raw
scores subtracted (a reward margin), and a dot
product (``(self.user(u) * self.item(i)).sum(1)``, ``(z[src] * z[dst]).sum(-1)``: the score
of matrix factorisation and link prediction), which no activation bounds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import libcst as cst

from ...facts import Head
from ...interp.api import Call, ExtractContext
from ...interp.values import Tensor, Value
from .activations import BOUNDED, make_head
from .decoders import is_prediction
from .values import axis_argument, const_int, kept_axis


def combined(ctx: ExtractContext, node: cst.CSTNode, operator: cst.BaseBinaryOp, left: Value,
             right: Value) -> Value | None:
    """The binary-operator hook: parts' raw scores added, or feature tensors multiplied."""
    if isinstance(operator, cst.Add):
        return _residual(ctx, node, left, right)
    if isinstance(operator, cst.Subtract):
        return _margin(ctx, node, left, right)
    if isinstance(operator, cst.Multiply) and _features(left) and _features(right):
        assert isinstance(left, Tensor) and isinstance(right, Tensor)
        return Tensor(None, rank=left.rank or right.rank, dot_factors=True)
    return None


def _residual(ctx: ExtractContext, node: cst.CSTNode, left: Value, right: Value
              ) -> Value | None:
    """``self.conv(x, edge_index) + self.lin(x)``: raw scores of two parts of one model added
    (a skip connection, Wide & Deep's ``self.wide(a) + self.deep(b)``) are raw scores, as wide
    as the part whose width is known, of no one part's model."""
    heads = _raw_heads(left, right, lambda h: h.activation not in BOUNDED)
    if heads is None:
        return None
    assert isinstance(left, Tensor) and isinstance(right, Tensor)
    if left.model is not None and right.model is not None:
        return None  # (two models' outputs: an ensemble's, ensembles.py)
    widths = {h.units for h in heads} - {None}
    head = replace(heads[0], units=widths.pop() if len(widths) == 1 else None,
                   evidence=ctx.evidence(node), model=None)
    return replace(left, head=head, model=None)


def _margin(ctx: ExtractContext, node: cst.CSTNode, left: Value, right: Value) -> Value | None:
    """``reward(chosen) - reward(rejected)``: the difference of two raw scores (a pairwise
    preference's margin, of one model or two) is raw scores."""
    heads = _raw_heads(left, right, lambda h: h.activation == "linear")
    if heads is None:
        return None
    assert isinstance(left, Tensor) and isinstance(right, Tensor)
    units = heads[0].units if heads[0].units == heads[1].units else None
    head = replace(heads[0], units=units, evidence=ctx.evidence(node), model=None)
    return Tensor(head, rank=left.rank if left.rank == right.rank else None,
                  column=left.column and right.column)


def _raw_heads(left: Value, right: Value, activation: Callable[[Head], bool]
               ) -> tuple[Head, Head] | None:
    """The heads of two model outputs that are both raw scores of an ``activation`` allowed."""
    if not (is_prediction(left) and is_prediction(right)):
        return None
    assert isinstance(left, Tensor) and isinstance(right, Tensor)
    assert left.head is not None and right.head is not None
    heads = (left.head, right.head)
    if not all(h.kind == "not-probs" and activation(h) for h in heads):
        return None
    return heads


def summed(ctx: ExtractContext, value: Value, call: Call, axis_at: int) -> Value | None:
    """``(a * b).sum(dim=-1)``, ``torch.sum(a * b, 1)``: over the features, one raw score per
    sample (a dot product)."""
    if not (isinstance(value, Tensor) and value.dot_factors):
        return None
    axis = const_int(axis_argument(call, axis_at))
    keep = kept_axis(call)
    last = axis == -1 or value.rank is not None and axis == value.rank - 1 or (
        value.rank is None and axis == 1)
    if not last or keep:
        return None
    return Tensor(make_head("linear", None, ctx.evidence(call.node)), column=True)


def _features(value: Value) -> bool:
    """A tensor that no activation bounds (an embedding, a linear layer's output, an encoder's
    node features), not a piece of a loss."""
    if not isinstance(value, Tensor) or value.dot_factors:
        return False
    if value.head is None:
        return value.log_of is None and value.picked is None and value.loss_term is None and (
            value.exponentiated is None and not value.normaliser)
    return is_prediction(value) and value.head.kind == "not-probs" and (
        value.head.activation not in BOUNDED)
