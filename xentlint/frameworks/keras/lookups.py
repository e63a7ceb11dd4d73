"""Keras preprocessing layers used to encode labels: ``StringLookup(vocabulary=topics)`` numbers
the topics from 1 (index 0 is for values out of the vocabulary), so a head of
``len(topics)`` units has no unit for the last; ``output_mode="one_hot"`` gives one-hot rows,
one column per index; ``CategoryEncoding(num_tokens=3, output_mode="one_hot")`` one-hot rows of
its class numbers.
"""

from __future__ import annotations

from ...facts import Labels
from ...interp.api import Call, ExtractContext
from ...interp.values import UNKNOWN, ApiObject, Const, LabelArray, Seq, Value
from ..shared.labels import one_hot_rank
from ..shared.values import const_int
from . import tables as KK


def lookup_layer(ctx: ExtractContext, call: Call) -> Value:
    """The layer, configured (what it gives is known when it is called)."""
    if call.has_star_args or call.args:  # (its settings are read by keyword only)
        return UNKNOWN
    return ApiObject(call.qualname, tuple(call.kwargs.items()))


def lookup_called(ctx: ExtractContext, func: Value, call: Call) -> Value | None:
    """``lookup(y)``: the labels the layer makes of ``y``."""
    if not (isinstance(func, ApiObject) and (func.qualname in KK.LOOKUPS
                                             or func.qualname == KK.CATEGORY_ENCODING)):
        return None
    settings = dict(func.kwargs)
    given = call.args[0] if call.args else UNKNOWN
    rank = one_hot_rank(given)  # (the rank of one-hot rows made of it)
    evidence = ctx.evidence(call.node)
    lookup = func.qualname in KK.LOOKUPS
    mode = settings.get("output_mode", Const("int" if lookup else "multi_hot"))
    if not lookup:  # CategoryEncoding
        if mode != Const("one_hot"):
            return UNKNOWN
        tokens = const_int(settings.get("num_tokens", UNKNOWN))
        return LabelArray(Labels("onehot", evidence, tokens, rank=rank, dtype="float"))
    oov = const_int(settings.get("num_oov_indices", Const(KK.LOOKUPS[func.qualname])))
    mask = settings.get("mask_token", Const(None))  # (None: no mask token, the default)
    vocabulary = settings.get("vocabulary", UNKNOWN)
    if oov is None or not isinstance(mask, Const):
        return UNKNOWN
    offset = oov + (1 if mask.value is not None else 0)
    classes = len(vocabulary.items) if isinstance(vocabulary, Seq) else None
    if mode == Const("one_hot"):
        columns = classes + offset if classes is not None else None
        return LabelArray(Labels("onehot", evidence, columns, rank=rank))
    if mode != Const("int") or offset > 1:
        return UNKNOWN
    return LabelArray(Labels("index", evidence, classes, one_based=offset == 1,
                             n_evidence=evidence if classes is not None else None,
                             rank=given.labels.rank if isinstance(given, LabelArray) else None,
                             dtype="int64"))
