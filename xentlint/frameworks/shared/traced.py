"""Functions traced into a graph (``@tf.function``, ``tf.function(train_step)``): what a loss
computes in them may differ from eager code, since Keras reads the logits back from the
Softmax or Sigmoid op that made its probabilities (Facts.connect)."""

from __future__ import annotations

from ...facts import TracedFunction
from ...interp.api import Call, ExtractContext
from ...interp.values import UNKNOWN, Function, Value


def traced_function(ctx: ExtractContext, call: Call) -> Value:
    """``tf.function(train_step)``: the function, traced; called, it runs as written (the
    decorator, ``@tf.function``, is read by shared/extract.py)."""
    function = call.args[0] if call.args else call.kwargs.get("func", UNKNOWN)
    if not isinstance(function, Function):
        return UNKNOWN
    ctx.record(TracedFunction(function.node))
    return function

