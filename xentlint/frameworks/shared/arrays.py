"""Array plumbing that keeps what an array is: conversions, reshapes, transposes, subscripts.

Labels keep their encoding and gain a rank ((N,) vs (N, 1)) and a dtype; a model's output keeps
its head, and learns when it became one sample (``preds[0]``), one column (``out[:, 0]``) or a
sequence slice (``out[:, -1, :]``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

import libcst as cst

from ...interp.api import Call, CallableHandler, ExtractContext, FunctionHandler, MethodResult
from ...interp.values import (
    UNKNOWN, ApiObject, BoundMethod, Const, Function, LabelArray, OneOf, Seq, Tail, Tensor,
    Value, Weights,
)
from ...facts import INTEGER_DTYPES, Dtype, Labels
from ..specs import Slot
from . import decoders, decoding, encoders, ensembles, joined, labels, listed, scores
from . import tables as T
from .activations import exponential_of, make_head
from .values import (
    const_flag, const_float, const_int, dtype_argument, guarded, shape_arguments,
)


def passthrough(ctx: ExtractContext, call: Call) -> Value:
    """``np.asarray(y)``, ``tf.cast(y, ...)``, ``np.reshape(y, (-1, 1))``: the same array,
    maybe of a new dtype or rank; ``np.array(predictions)``, a list of output rows: the
    output."""
    value = call.arg(0, "x") if call.args else UNKNOWN
    if isinstance(value, Weights):  # np.asarray(obs): the same array
        return replace(value, dtype=ctx.dtype_of(call.kwargs.get("dtype", UNKNOWN)) or value.dtype)
    value = joined.gathered_predictions(value, rows=True) or value
    if isinstance(value, OneOf) and all(isinstance(row, Seq) for row in value.values):
        return value  # np.array(label), one sample's row ([1, 0] for a cat, [0, 1] a dog)
    if isinstance(value, (Seq, Tail)):
        value = listed.list_labels(value, ctx.evidence(call.node)) or UNKNOWN
    if not isinstance(value, Tensor):
        converted = labels.typed(ctx, call, value, dtype_argument(call))
        if converted is not None:
            return converted
    if not isinstance(value, (LabelArray, Tensor)):
        return UNKNOWN
    name = call.qualname.rsplit(".", 1)[-1]
    return reshaped(value, replace(call, args=call.args[1:]), name)


def dtype_call_handler(table: Mapping[str, Dtype]) -> FunctionHandler:
    """``jnp.int32(labels)``, ``np.float32(y)``: the same labels, of that dtype."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        value = call.args[0] if len(call.args) == 1 and not call.kwargs else UNKNOWN
        if isinstance(value, (Seq, Tail)):
            value = listed.list_labels(value, ctx.evidence(call.node)) or UNKNOWN
        if isinstance(value, LabelArray):
            return LabelArray(replace(value.labels, dtype=table[call.qualname]))
        return value if isinstance(value, Tensor) else UNKNOWN

    return handler


def product(ctx: ExtractContext, node: cst.CSTNode, left: Value, right: Value,
            transposed: bool | None = False) -> Value:
    """``x @ W``, ``tf.matmul(x, W)``: raw scores, as wide as ``W``'s last dimension (its
    first, ``transpose_b=True``; unknown when whether it is transposed is not known). With the
    parameters on the left (``W @ x``, per-example code) axis 0 is the classes; with neither
    known, which axis is the batch is not known; with both, the longer one (a batch outnumbers
    the classes). Weights that are probabilities (``routing @ softmax(leaf_scores)``) mix
    distributions: what that gives is not known."""
    if isinstance(right, Tensor) and right.head is not None and right.head.kind in (
            "exclusive", "independent"):
        return Tensor(None)
    if isinstance(left, Weights) and isinstance(right, Weights):
        # Two arrays of known shapes: data and parameters in either order. The samples
        # outnumber the classes: (256, 20) @ (20, 5) is a batch of 256; (4, 10) @ (10, 500)
        # is column-major code, its classes on axis 0.
        rows = left.shape[0] if left.shape else None
        columns = None if len(right.shape) < 2 or transposed is None else (
            right.shape[0] if transposed else right.shape[-1])
        if rows is not None and columns is not None and rows > columns:
            return Tensor(make_head("linear", columns, ctx.evidence(node)))
        return Tensor(make_head("linear", None, ctx.evidence(node)), layout_unknown=True)
    if isinstance(right, Weights) and right.shape:
        units = None
        if transposed is not None and len(right.shape) > 1:  # (x @ w of a vector: one score)
            units = right.shape[0] if transposed else right.shape[-1]
        wider = (len(right.shape) == 2 and None not in right.shape and not transposed
                 and right.shape[1] > right.shape[0])  # type: ignore[operator]
        if wider:  # (W @ X of examples as columns, X (features, m): the classes on axis 0)
            return Tensor(make_head("linear", None, ctx.evidence(node)), layout_unknown=True)
        return Tensor(make_head("linear", units, ctx.evidence(node)))
    if isinstance(left, Weights) and len(left.shape) == 2 and not transposed:
        return Tensor(make_head("linear", left.shape[0], ctx.evidence(node)), row=True)
    return Tensor(make_head("linear", None, ctx.evidence(node)), layout_unknown=True)


def matmul(ctx: ExtractContext, call: Call) -> Value:
    """``tf.matmul(a, b, transpose_b=True)`` (TF's ``adjoint_b`` too), ``jnp.dot(x, W)``."""
    flags = [const_flag(call.kwargs[name]) for name in ("transpose_b", "adjoint_b")
             if name in call.kwargs]
    transposed = None if None in flags else any(flags)
    return product(ctx, call.node, call.arg(0, "a"), call.arg(1, "b"), transposed)


def array_operator(ctx: ExtractContext, node: cst.CSTNode, operator: cst.BaseBinaryOp,
                    left: Value, right: Value) -> Value | None:
    """``x @ W``; a parameter array scaled by a number keeps its shape
    (``jax.random.normal(key, (784, 10)) * 0.01``)."""
    if isinstance(operator, cst.MatrixMultiply):
        return product(ctx, node, left, right)
    if isinstance(operator, (cst.Multiply, cst.Divide)):
        for array, factor in ((left, right), (right, left)):
            if isinstance(array, Weights) and const_float(factor) is not None and (
                    array is left or isinstance(operator, cst.Multiply)):
                return array
    return None


_OPERATORS: dict[str, Callable[[], cst.BaseBinaryOp]] = {
    "+": cst.Add, "-": cst.Subtract, "*": cst.Multiply, "/": cst.Divide}


def operator_handler(table: Mapping[str, str]) -> FunctionHandler:
    """``tf.add(tf.matmul(x, W), b)``, ``torch.mul(p, mask)``: the operator's result."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        if len(call.args) != 2 or call.has_star_args:
            return UNKNOWN
        return ctx.binary(call.node, _OPERATORS[table[call.qualname]](), *call.args)

    return handler


_INITIAL = "initial_value"  # (the slot of a variable's value, not of a shape)


def weights_handler(table: Mapping[str, Slot | None], filled: frozenset[str]) -> FunctionHandler:
    """The handler of a table of parameter arrays: ``tf.zeros([784, 10])``,
    ``tf.Variable(...)``, ``torch.randn(784, 10)``: their shape. Zeros or ones of a length
    alone, not a shape, that the data decides (``np.ones(len(pos))``, ``torch.zeros(len(x))``)
    are 0/1 labels; of a length or a shape written (``torch.ones(batch_size)``,
    ``tf.zeros([n_classes])``), an array that may be a bias, or 0/1 targets where a loss takes
    it as its labels (losses.py)."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        slot = table[call.qualname]
        if call.has_star_args:
            return UNKNOWN
        if slot is None:  # (the dimensions: every positional argument; dtype= aside)
            given = call.args[0] if len(call.args) == 1 else Seq(call.args)
            dimensions = [arg for arg in call.arg_nodes if arg.keyword is None]
            node = dimensions[0].value if len(dimensions) == 1 else None
        elif slot.index > 0 and slot.name not in call.kwargs and len(call.args) <= slot.index:
            return passthrough(ctx, call)  # tf.constant(labels): no shape, the value itself
        else:
            given = call.arg(slot.index, slot.name)
            node = call.arg_node(slot.index, slot.name)
        if isinstance(given, Weights):
            return given  # tf.Variable(tf.zeros(shape))
        if slot is not None and slot.name == _INITIAL and const_float(given) is not None:
            return Weights(())  # tf.Variable(0.0): a scalar
        is_filled = call.qualname in filled
        if is_filled and node is not None and _is_length(node) and not isinstance(given, Seq):
            length = const_int(given)
            dtype = ctx.dtype_of(call.kwargs.get("dtype", UNKNOWN))
            if length is not None:  # torch.ones(batch_size): a constant length, maybe a bias
                return Weights((length,), filled=ctx.evidence(call.node), dtype=dtype)
            dtype = dtype or "float"
            return LabelArray(Labels("binary", ctx.evidence(call.node), 2, rank=1, dtype=dtype,
                                     drawn=True), filled=True)
        if const_int(given) is not None:
            given = Seq((given,))  # torch.randn(4): one axis
        if not isinstance(given, Seq) or not given.items:
            return UNKNOWN
        return Weights(tuple(const_int(d) for d in given.items),
                       filled=ctx.evidence(call.node) if is_filled else None,
                       dtype=ctx.dtype_of(call.kwargs.get("dtype", UNKNOWN)))

    return handler


def filled_like(ctx: ExtractContext, call: Call) -> Value:
    """``tf.ones_like(fake_logits)``: 0/1 targets of the predictions' shape."""
    like = call.args[0] if call.args else UNKNOWN
    rank = like.rank if isinstance(like, Tensor) else None
    dtype = ctx.dtype_of(call.kwargs.get("dtype", UNKNOWN))
    return LabelArray(Labels("binary", ctx.evidence(call.node), 2, rank=rank, dtype=dtype,
                             drawn=True), filled=True)


def _is_length(node: cst.BaseExpression) -> bool:
    """An expression that is one number as written: a name (``batch``), ``len(x)``,
    ``x.size(0)``, ``x.shape[0]``, arithmetic on them; not a shape (``x.size()``,
    ``tf.shape(x)``, ``tuple(x.shape)``, ``x.shape``)."""
    if isinstance(node, cst.BinaryOperation):
        return _is_length(node.left) and _is_length(node.right)
    if isinstance(node, (cst.Name, cst.Integer, cst.Subscript)):
        return True
    if isinstance(node, cst.Attribute):
        return node.attr.value != "shape"
    if isinstance(node, cst.Call):
        func = node.func
        if isinstance(func, cst.Name):
            return func.value in ("len", "int")
        return isinstance(func, cst.Attribute) and func.attr.value == "size" and bool(node.args)
    return False


def pick_handler(table: Mapping[str, tuple[Slot, Slot]]) -> FunctionHandler:
    """``jnp.take_along_axis(log_probs, y[:, None], axis=-1)``, ``torch.gather(out, 1, y)``:
    each sample's entry at its label (a hand-written NLL's pick)."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        source_slot, index_slot = table[call.qualname]
        source = call.arg(source_slot.index, source_slot.name)
        index = call.arg(index_slot.index, index_slot.name)
        node = call.arg_node(index_slot.index, index_slot.name)
        if decoders.is_prediction(source) and (isinstance(index, LabelArray) or (
                index is UNKNOWN and node is not None and made_a_column(node))):
            assert isinstance(source, Tensor)
            return Tensor(None, picked=source.head, if_trained=source.if_trained)
        return UNKNOWN

    return handler


def made_a_column(node: cst.BaseExpression) -> bool:
    """``y[:, None]``, ``y.unsqueeze(1)``, ``y.view(-1, 1)``, ``jnp.expand_dims(y, -1)``: a vector
    of a name made one column, the index a gather at each sample's label is given."""
    if isinstance(node, cst.Subscript):
        return isinstance(node.value, cst.Name) and len(node.slice) == 2 and any(
            isinstance(e.slice, cst.Index) and isinstance(e.slice.value, cst.Name)
            and e.slice.value.value == "None" for e in node.slice)
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
        name = node.func.attr.value
        if name in ("unsqueeze", "view", "reshape") and isinstance(node.func.value, cst.Name):
            return True
        return name == "expand_dims" and bool(node.args) and isinstance(
            node.args[0].value, cst.Name)
    return False


def transform(ctx: ExtractContext, call: Call) -> Value:
    """``jax.jit(step)``, ``torch.compile(model)``: what it is given (a function called runs)."""
    return call.args[0] if call.args else UNKNOWN


def gradient_handler(ctx: ExtractContext, call: Call) -> Value:
    """``jax.value_and_grad(loss_fn, has_aux=True)``: a function that runs ``loss_fn`` (see
    :func:`gradient_hook`)."""
    function = call.arg(0, "fun")
    if not isinstance(function, Function):
        return UNKNOWN
    return ApiObject(call.qualname, (("fun", function),
                                     ("has_aux", call.kwargs.get("has_aux", Const(False)))))


def gradient_hook(table: Mapping[str, str]) -> CallableHandler:
    """Calling a gradient transform runs its function, so the loss inside is checked; what it
    returns is the gradients (grad: with the aux value when ``has_aux``) or
    ``(value, gradients)`` (value_and_grad: ``(loss, logits), grads = ...``)."""

    def hook(ctx: ExtractContext, func: Value, call: Call) -> Value | None:
        if not isinstance(func, ApiObject) or func.qualname not in table:
            return None
        function = func.kwarg("fun")
        assert isinstance(function, Function)
        result = ctx.run_function(function, call.args, call.kwargs, call)
        if table[func.qualname] == "value_and_grad":
            return Seq((result, UNKNOWN))
        has_aux = const_flag(func.kwarg("has_aux"))
        if has_aux and isinstance(result, Seq) and len(result.items) == 2:
            return Seq((UNKNOWN, result.items[1]))
        return UNKNOWN

    return hook


def clip(ctx: ExtractContext, call: Call) -> Value:
    """``tf.clip_by_value(p, 1e-10, 1.0)``: still ``p``, but its log can no longer be -inf;
    ``np.clip(y, 0, 1)``: labels whose classes may have merged."""
    value = call.args[0] if call.args else UNKNOWN
    if isinstance(value, Tensor):
        return guarded(value)
    return labels.renumbered(value) if isinstance(value, LabelArray) else UNKNOWN


def transpose(ctx: ExtractContext, call: Call) -> Value:
    return transposed(call.args[0] if call.args else UNKNOWN, call.args[1:])


def transposed(value: Value, axes: tuple[Value, ...] = ()) -> Value:
    """A (N, C) label matrix laid out (C, N) (``.T``, ``transpose()``, ``transpose(1, 0)``);
    axes that keep the samples first (``permute(0, 3, 1, 2)``: one-hot masks made
    channels-first) keep what the labels are and their rank; any other transpose, or one
    of as many axes as the labels are not known to have, leaves nothing known. Scores or
    probabilities transposed (``tf.transpose(Z3)`` of a (C, N) output) keep their activation;
    which axis is the batch, then, is not known."""
    if isinstance(value, Tensor):
        head = replace(value.head, units=None) if value.head is not None else None
        return replace(value, head=head, rank=None, layout_unknown=True)
    if len(axes) == 1 and isinstance(axes[0], Seq):
        axes = axes[0].items
    order = [const_int(axis) for axis in axes]
    if not isinstance(value, LabelArray) or value.labels.encoding not in ("onehot", "multihot"):
        return UNKNOWN
    if order in ([], [1, 0]) and value.labels.rank == 2:
        return LabelArray(replace(value.labels, transposed=not value.labels.transposed))
    if len(order) > 2 and order[0] == 0 and value.labels.rank in (None, len(order)):
        return LabelArray(replace(value.labels, rank=len(order)))
    return UNKNOWN


def reshaped(value: Value, call: Call, name: str) -> Value:
    """Track the rank of label arrays through reshape/squeeze/ravel: (N,) vs (N, 1).

    A reshaped tensor keeps its activation, but its last axis is no longer the layer's units.
    """
    if isinstance(value, Tensor):
        if name not in T.RESHAPING:
            return value
        head = replace(value.head, units=None) if value.head is not None else None
        rank = reshaped_rank(name, call, value.rank)
        # squeeze(0) / view(-1) of a single prediction: axis 0 is no longer the batch
        # (squeeze(-1) of the batch's outputs keeps it there).
        squeezed_after = name == "squeeze" and const_int(call.arg(0, "dim")) not in (None, 0)
        return replace(value, head=head, rank=rank,
                       row=value.row or (rank in (None, 1) and not squeezed_after))
    if not isinstance(value, LabelArray):
        return value
    current = value.labels
    if name in T.FLATTENING:
        return LabelArray(replace(current, rank=1))
    if name in ("reshape", "view"):
        dims = [const_int(v) for v in shape_arguments(call)]
        if dims == [-1]:
            return LabelArray(replace(current, rank=1))
        if len(dims) == 2 and dims[1] == 1:
            return LabelArray(replace(current, rank=2))
        if len(dims) == 2 and current.encoding in ("index", "binary") and not (
                current.encoding == "index" and (current.n_classes or 0) > 2):
            # a flat list of 0/1 cells made rows (np.array(cells).reshape(-1, 4)): not one
            # class number a sample any more (class numbers of more classes stacked into
            # batches, y.reshape(n_devices, -1), are still those)
            return LabelArray(Labels("unknown", current.evidence, rank=2, dtype=current.dtype))
        return LabelArray(replace(current, rank=None))
    if name in ("expand_dims", "unsqueeze"):
        return LabelArray(replace(current, rank=2 if current.rank == 1 else None))
    return value


def reshaped_rank(name: str, call: Call, rank: int | None) -> int | None:
    """The rank after a reshape: ``out.view(-1, C)`` / ``reshape(-1, C)`` is 2, as is
    ``h.flatten(1)`` (every axis from the first on, into one); ``x.squeeze(-1)`` one less than
    before; after other reshapes it is not known."""
    if call.has_star_args:
        return None
    if name in ("view", "reshape"):
        return len(shape_arguments(call)) or None
    if name == "flatten" and not call.has(1, "end_dim"):
        start = const_int(call.arg(0, "start_dim", Const(0)))
        return start + 1 if start is not None and start >= 0 else None
    if name == "squeeze" and rank is not None and const_int(call.arg(0, "dim")) is not None:
        return rank - 1
    return None


def methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    """Array methods: conversions, reshapes, transposes, encoders, decoders, reductions."""
    receiver, name = method.receiver, method.name
    reduced = decoding.reduction_method(receiver, name, call) or (
        ensembles.mean_over_outputs(receiver, call, axis_at=0)
        or (ensembles.pooled_over_time(receiver, call, 0) if name == "mean" else None)
        or scores.summed(ctx, receiver, call, 0) if name in T.REDUCTION_METHODS else None)
    if reduced is not None:
        return reduced
    if name in T.COUNTING_METHODS:
        decoders.counted(ctx, method.receiver_node)
    if name == "logsumexp" and isinstance(receiver, Tensor):
        return Tensor(None, normaliser=True)
    if name == "exp" and isinstance(receiver, Tensor):
        return exponential_of(ctx, receiver, call.node)
    if name in ("clip", "clamp") and isinstance(receiver, Tensor):
        return guarded(receiver)
    if name == "astype" and isinstance(receiver, LabelArray):
        return LabelArray(replace(receiver.labels, dtype=ctx.dtype_of(call.arg(0, "dtype"))))
    if name == "astype" and receiver is UNKNOWN:
        # y.astype(np.int32) of an array not otherwise known: integers, which a loss can only
        # read as labels (a float cast says nothing)
        dtype = ctx.dtype_of(call.arg(0, "dtype"))
        if dtype not in INTEGER_DTYPES:
            return UNKNOWN
        return LabelArray(Labels("unknown", ctx.evidence(call.node), dtype=dtype))
    if name in T.PASSTHROUGH_METHODS and isinstance(receiver, (LabelArray, Tensor)):
        return reshaped(receiver, call, name)
    if name == "transpose" and isinstance(receiver, (LabelArray, Tensor)):
        return transposed(receiver, call.args)
    if name == "argmax":
        return decoders.argmax_of(ctx, receiver, call)
    if name == "round":
        return decoders.round_of(ctx, receiver, call)
    if name in T.GREATER_METHODS:
        return decoders.greater_of(ctx, receiver, call)
    if isinstance(receiver, ApiObject) and receiver.qualname in T.ENCODERS:
        return encoders.encoded(ctx, receiver, name, call)
    return None


def attributes(ctx: ExtractContext, owner: Value, attr: str,
               node: cst.BaseExpression) -> Value | None:
    if attr in T.PASSTHROUGH_ATTRIBUTES and isinstance(owner, (LabelArray, Tensor)):
        return owner
    if attr == "T" and isinstance(owner, (LabelArray, Tensor)):
        return transposed(owner)
    if attr == "classes_" and isinstance(owner, ApiObject) and owner.qualname in T.ENCODERS:
        return encoders.fitted_classes(owner)
    if attr == "shape" and isinstance(owner, (LabelArray, Tensor)):
        return shape_of(owner)
    if attr in ("astype", "argmax") and owner is UNKNOWN and isinstance(node, cst.Attribute):
        return BoundMethod(UNKNOWN, attr, node.value)  # (an array's, whatever it holds)
    if (attr in T.COUNTING_METHODS and owner is UNKNOWN and isinstance(node, cst.Attribute)
            and isinstance(node.value, cst.Comparison)):
        return BoundMethod(UNKNOWN, attr, node.value)  # ((probs > 0.5).any(1): decoders.counted)
    return None


def shape_of(value: LabelArray | Tensor) -> Value:
    """``value.shape`` (``value.size()``): the dimensions known of labels or a prediction."""
    return _label_shape(value.labels) if isinstance(value, LabelArray) else _output_shape(value)


def dimension(value: LabelArray | Tensor, axis: Value) -> Value:
    """``value.shape[axis]`` (``value.size(axis)``)."""
    shape, index = shape_of(value), const_int(axis)
    if not isinstance(shape, Seq) or index is None or not -len(shape.items) <= index < len(
            shape.items):
        return UNKNOWN
    return shape.items[index]


def _label_shape(labels: Labels) -> Value:
    """``Y.shape`` of labels: (N, C) rows of C known classes give ``Y.shape[1]`` (a head as
    wide as the labels); the number of samples is not known."""
    if labels.rank == 1:
        return Seq((UNKNOWN,))
    if (labels.rank == 2 and labels.encoding in ("onehot", "multihot")
            and labels.n_classes is not None and not labels.transposed and not labels.drawn):
        return Seq((UNKNOWN, Const(labels.n_classes)))
    return UNKNOWN


def _output_shape(output: Tensor) -> Value:
    """``pred.shape`` of a prediction of known width: its last dimension is the units
    (``if pred.shape[1] > 1:`` then knows which branch a one-unit head takes)."""
    head = output.head
    if head is None or head.units is None or output.column or output.layout_unknown:
        return UNKNOWN
    rank = 1 if output.row else output.rank or 2
    return Seq((*(UNKNOWN,) * (rank - 1), Const(head.units)))


def iterate_predictions(ctx: ExtractContext, value: Value) -> Value | None:
    """``for row in model.predict(x)``: one sample's scores, its classes on axis 0."""
    if isinstance(value, Tensor) and value.head is not None and not value.row \
            and not value.column and value.rank in (None, 2) and value.log_of is None:
        return replace(value, row=True)
    return None
