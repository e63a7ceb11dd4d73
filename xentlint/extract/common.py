"""Handlers for framework-neutral code: label encoders, array plumbing, decoders, datasets.

How labels get their encoding (``to_categorical``, ``np.eye(C)[y]``, ``LabelEncoder``) and how
predictions are decoded (``argmax``, ``> 0.5``, ``round``) does not depend on the framework, so
it lives here and every framework extractor shares it.
"""

from __future__ import annotations

import math
from dataclasses import replace

import libcst as cst

from ..facts import (
    LOG_PROBS_INPUT, PROBS, INDEX, MULTIHOT, ONEHOT, UNKNOWN as UNKNOWN_ENCODING, Decoding, Labels, Loss,
    Training, UnstableComposition,
)
from ..interpreter import Call, Handlers, Interpreter, MethodResult
from ..knowledge import common as K
from ..values import (
    UNKNOWN, ApiObject, ApiRef, BoundMethod, Const, Dataset, Function, Instance, LabelArray, LossValue,
    Model, Seq, Tensor, Value,
)


def const_int(value: Value) -> int | None:
    if isinstance(value, Const) and isinstance(value.value, int) and not isinstance(value.value, bool):
        return value.value
    return None


def const_float(value: Value) -> float | None:
    if isinstance(value, Const) and isinstance(value.value, (int, float)) and not isinstance(value.value, bool):
        return float(value.value)
    return None


def model_loss(model: Model | None) -> Loss | None:
    if model is not None and isinstance(model.loss, LossValue):
        return model.loss.loss
    return None


# --- labels -----------------------------------------------------------------------------


def _one_hot(interp: Interpreter, call: Call) -> Value:
    source = call.arg(0, "y") if call.args or "y" in call.kwargs else call.arg(0, "indices")
    param = K.ONE_HOT_FUNCTIONS[call.qualname]
    n_classes = None
    n_evidence = None
    if param is not None:
        n_value = call.arg(*param)
        n_classes = const_int(n_value)
        node = call.arg_node(*param)
        n_evidence = interp.evidence(node) if node is not None and n_classes is not None else None
    if n_classes is None and isinstance(source, LabelArray):
        n_classes, n_evidence = source.labels.n_classes, source.labels.n_evidence
    rank = one_hot_rank(source)
    if rank is None and call.qualname == "keras.utils.to_categorical":
        rank = 2  # to_categorical folds a trailing axis of 1: (N,) and (N, 1) both give (N, C)
    return LabelArray(Labels(ONEHOT, interp.evidence(call.node), n_classes, n_evidence=n_evidence,
                             rank=rank))


def one_hot_rank(source: Value) -> int | None:
    """One-hot adds an axis: (N,) indices give (N, C); (N, L) give (N, L, C)."""
    if isinstance(source, LabelArray) and source.labels.rank is not None:
        return source.labels.rank + 1
    return None


def _random_integers(interp: Interpreter, call: Call) -> Value:
    """``np.random.randint(0, C, N)``: class indices; (N,) when the size is one number."""
    size = call.arg(2, "size")
    if call.has_star_args or size is UNKNOWN:
        return UNKNOWN
    rank = 1 if const_int(size) is not None else len(size.items) if isinstance(size, Seq) else None
    column = rank == 2 and isinstance(size, Seq) and const_int(size.items[1]) == 1
    return LabelArray(Labels(INDEX if rank == 1 or column else UNKNOWN_ENCODING,
                             interp.evidence(call.node), rank=rank, dtype="int64"))


def _eye(interp: Interpreter, call: Call) -> Value:
    n = const_int(call.arg(0, "N"))
    node = call.arg_node(0, "N")
    return ApiObject("numpy.eye", (("N", Const(n, node)),)) if n is not None else UNKNOWN


def _splitter(interp: Interpreter, call: Call) -> Value:
    """``train_test_split(X, y)`` -> ``X_train, X_test, y_train, y_test``: each keeps its kind."""
    if call.has_star_args or not call.args:
        return UNKNOWN
    return Seq(tuple(v for value in call.args for v in (value, value)))


def _passthrough(interp: Interpreter, call: Call) -> Value:
    value = call.arg(0, "x") if call.args else UNKNOWN
    dtype = dtype_of(call.kwargs.get("dtype", UNKNOWN))
    if dtype is not None and not isinstance(value, Tensor):
        # np.array(y, dtype=np.int32): whatever y was, it is now an array of that dtype.
        labels = value.labels if isinstance(value, LabelArray) else Labels(
            UNKNOWN_ENCODING, interp.evidence(call.node))
        return LabelArray(replace(labels, dtype=dtype))
    if not isinstance(value, (LabelArray, Tensor)):
        return UNKNOWN
    name = call.qualname.rsplit(".", 1)[-1]
    return _reshaped(value, replace(call, args=call.args[1:]), name)


def _transpose(interp: Interpreter, call: Call) -> Value:
    return transposed(call.args[0] if call.args else UNKNOWN)


def transposed(value: Value) -> Value:
    """A (N, C) label matrix laid out (C, N); any other transpose leaves nothing known."""
    if (isinstance(value, LabelArray) and value.labels.encoding in (ONEHOT, MULTIHOT)
            and value.labels.rank == 2):
        return LabelArray(replace(value.labels, transposed=not value.labels.transposed))
    return UNKNOWN


def _len(interp: Interpreter, call: Call) -> Value:
    value = call.args[0] if call.args else UNKNOWN
    if isinstance(value, Seq):
        return Const(len(value.items), call.node)
    if isinstance(value, Const) and isinstance(value.value, (str, tuple, list)):
        return Const(len(value.value), call.node)
    return UNKNOWN


def _int(interp: Interpreter, call: Call) -> Value:
    value = const_float(call.args[0]) if call.args else None
    if value is None or not math.isfinite(value):
        return UNKNOWN
    return Const(int(value), call.node)


def _encoder(interp: Interpreter, call: Call) -> Value:
    return ApiObject(call.qualname)


# --- decoders ---------------------------------------------------------------------------


def decode(interp: Interpreter, value: Value, op: str, node: cst.CSTNode,
           threshold: float | None = None) -> None:
    """Record a decoder applied to a model's predictions."""
    if not isinstance(value, Tensor) or value.head is None or value.model is None:
        return
    interp.facts.decodings.append(Decoding(
        head=value.head, op=op, evidence=interp.evidence(node), loss=model_loss(value.model),
        labels=value.model.labels, threshold=threshold, whole=not value.column,
        model_head=value.model.head,
    ))


def _argmax(interp: Interpreter, call: Call) -> Value:
    value = call.arg(0, "a") if call.args else call.arg(0, "x")
    return _argmax_of(interp, value, call)


def _argmax_of(interp: Interpreter, value: Value, call: Call) -> Value:
    if isinstance(value, LabelArray) and value.labels.encoding == ONEHOT:
        labels = value.labels
        return LabelArray(Labels(INDEX, interp.evidence(call.node), labels.n_classes,
                                 n_evidence=labels.n_evidence, rank=1))
    decode(interp, value, "argmax", call.node)
    return UNKNOWN


def _round(interp: Interpreter, call: Call) -> Value:
    decode(interp, call.args[0] if call.args else UNKNOWN, "round", call.node)
    return UNKNOWN


def _log(interp: Interpreter, call: Call) -> Value:
    return log_of(interp, call.args[0] if call.args else UNKNOWN, call.node)


def log_of(interp: Interpreter, value: Value, node: cst.CSTNode) -> Value:
    """``log(x)`` (function or tensor method): log(softmax(x)) is unstable (XL104), and
    ``y * log(p)`` is a hand-written cross-entropy on ``p``."""
    if not isinstance(value, Tensor) or value.head is None:
        return UNKNOWN
    head = value.head
    if head.inline and head.activation in ("softmax", "sigmoid"):
        fused = "log_softmax" if head.activation == "softmax" else "log_sigmoid"
        interp.facts.compositions.append(UnstableComposition(
            outer=interp.evidence(node), inner=head, suggestion=fused))
    return Tensor(None, value.model, column=value.column, log_of=head)


# --- methods, attributes, operators ---------------------------------------------------


def _reshaped(value: Value, call: Call, name: str) -> Value:
    """Track the rank of label arrays through reshape/squeeze/ravel: (N,) vs (N, 1).

    A reshaped tensor keeps its activation, but its last axis is no longer the layer's units.
    """
    if isinstance(value, Tensor):
        if name not in K.RESHAPING:
            return value
        head = replace(value.head, units=None) if value.head is not None else None
        rank = reshaped_rank(name, call)
        # squeeze(0) / view(-1) of a single prediction: axis 0 is no longer the batch.
        return replace(value, head=head, rank=rank, row=value.row or rank in (None, 1))
    if not isinstance(value, LabelArray):
        return value
    labels = value.labels
    if name in K.FLATTENING:
        return LabelArray(replace(labels, rank=1))
    if name in ("reshape", "view"):
        shape = call.args[0].items if len(call.args) == 1 and isinstance(call.args[0], Seq) else call.args
        dims = [const_int(v) for v in shape]
        if dims == [-1]:
            return LabelArray(replace(labels, rank=1))
        if len(dims) == 2 and dims[1] == 1:
            return LabelArray(replace(labels, rank=2))
        return LabelArray(replace(labels, rank=None))
    if name in ("expand_dims", "unsqueeze"):
        return LabelArray(replace(labels, rank=2 if labels.rank == 1 else None))
    return value


def reshaped_rank(name: str, call: Call) -> int | None:
    """The rank after a reshape: ``out.view(-1, C)`` / ``reshape(-1, C)`` is 2; after other
    reshapes (flatten, squeeze, ...) it is not known."""
    if name in ("view", "reshape") and not call.has_star_args:
        shape = call.args[0].items if len(call.args) == 1 and isinstance(call.args[0], Seq) else call.args
        return len(shape) or None
    return None


def dtype_of(value: Value) -> str | None:
    """The canonical dtype named by ``"int64"``, ``np.float32``, ``int``..., else None."""
    if isinstance(value, Const) and isinstance(value.value, str):
        return K.NUMPY_DTYPES.get(value.value)
    if isinstance(value, ApiRef):
        return K.NUMPY_DTYPES.get(value.qualname.rsplit(".", 1)[-1]) if value.qualname.startswith(
            ("numpy.", "builtins.")) else None
    return None


def _methods(interp: Interpreter, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    receiver, name = method.receiver, method.name
    if name in K.REDUCTION_METHODS and isinstance(receiver, Tensor) and (
            receiver.picked is not None or receiver.normaliser):
        return receiver
    if name == "logsumexp" and isinstance(receiver, Tensor):
        return Tensor(None, normaliser=True)
    if name == "astype" and isinstance(receiver, LabelArray):
        dtype = dtype_of(call.arg(0, "dtype"))
        return LabelArray(replace(receiver.labels, dtype=dtype))
    if name in K.PASSTHROUGH_METHODS and isinstance(receiver, (LabelArray, Tensor)):
        return _reshaped(receiver, call, name)
    if name == "transpose" and isinstance(receiver, LabelArray):
        return transposed(receiver)
    if name == "argmax":
        return _argmax_of(interp, receiver, call)
    if name == "round":
        return _round(interp, replace(call, args=(receiver,)))
    if isinstance(receiver, ApiObject) and receiver.qualname in K.ENCODERS:
        if name in K.ENCODER_METHODS:
            encoding, dtype = K.ENCODERS[receiver.qualname]
            return LabelArray(Labels(encoding, interp.evidence(call.node),
                                     rank=1 if encoding == INDEX else 2, dtype=dtype))
        if name == "fit":
            return receiver
    return None


def _attributes(interp: Interpreter, owner: Value, attr: str) -> Value | None:
    if attr in K.PASSTHROUGH_ATTRIBUTES and isinstance(owner, (LabelArray, Tensor)):
        return owner
    if attr == "T" and isinstance(owner, LabelArray):
        return transposed(owner)
    return None


def _binary(interp: Interpreter, node: cst.CSTNode, operator: cst.BaseBinaryOp, left: Value,
            right: Value) -> Value | None:
    if isinstance(operator, (cst.Add, cst.Subtract)):
        # `-out[range(N), y] + logsumexp(out)` is a whole hand-written cross-entropy on logits:
        # the negated pick alone was not the loss.
        for side, other in ((left, right), (right, left)):
            if (isinstance(side, Tensor) and side.handwritten_nll in interp.facts.handwritten
                    and isinstance(other, Tensor) and other.normaliser):
                interp.facts.handwritten.remove(side.handwritten_nll)
        labels, amount = (left, right)
        if isinstance(labels, LabelArray) and labels.labels.encoding == INDEX:
            step = const_int(amount)
            if step is None:
                return None
            shift = step if isinstance(operator, cst.Add) else -step
            if shift == 1 and not labels.labels.one_based:
                return LabelArray(replace(labels.labels, one_based=True, evidence=interp.evidence(node)))
            if shift == -1 and labels.labels.one_based:
                return LabelArray(replace(labels.labels, one_based=False, evidence=interp.evidence(node)))
            return LabelArray(Labels(UNKNOWN_ENCODING, interp.evidence(node)))
        return None
    if isinstance(operator, cst.Multiply):
        for log_side, other in ((left, right), (right, left)):
            if isinstance(log_side, Tensor) and log_side.log_of is not None and isinstance(other, LabelArray):
                _handwritten_cross_entropy(interp, node, log_side.log_of, other.labels)
                return Tensor(None)
        for output, other in ((left, right), (right, left)):
            if (_is_model_output(output) and isinstance(other, LabelArray)
                    and other.labels.encoding == ONEHOT):
                return Tensor(None, picked=output.head)  # (onehot * out): the true class's entry
    return None


def _is_model_output(value: Value) -> bool:
    return (isinstance(value, Tensor) and value.head is not None and value.log_of is None
            and value.picked is None)


def _negation(interp: Interpreter, node: cst.UnaryOperation, value: Value) -> Value | None:
    """``-out[range(N), y].mean()`` / ``-(onehot * out).sum(1).mean()``: a hand-written NLL,
    which needs log-probabilities in ``out`` (XL103 judges them)."""
    if not isinstance(value, Tensor) or value.picked is None:
        return None
    loss = Loss("nll", LOG_PROBS_INPUT, interp.evidence(node), framework="any", handwritten=True)
    training = Training(head=value.picked, loss=loss, site=loss.evidence)
    interp.facts.handwritten.append(training)
    return Tensor(None, handwritten_nll=training)


def _logsumexp(interp: Interpreter, call: Call) -> Value:
    source = call.args[0] if call.args else UNKNOWN
    return Tensor(None, normaliser=True) if isinstance(source, Tensor) else UNKNOWN


def _reduction(interp: Interpreter, call: Call) -> Value | None:
    value = call.args[0] if call.args else UNKNOWN
    return value if isinstance(value, Tensor) and (value.picked is not None or value.normaliser) else UNKNOWN


def _handwritten_cross_entropy(interp: Interpreter, node: cst.CSTNode, head,
                               labels: Labels) -> None:
    """``y * log(p)``: a hand-written cross-entropy on probabilities ``p``."""
    loss = Loss("categorical", PROBS, interp.evidence(node), framework="any", handwritten=True)
    interp.facts.handwritten.append(Training(head=head, loss=loss, site=loss.evidence, labels=labels))


_THRESHOLD_OPS = frozenset({"GreaterThan", "GreaterThanEqual", "LessThan", "LessThanEqual"})


def _comparison(interp: Interpreter, node: cst.Comparison, left: Value, op: str, right: Value) -> None:
    if op not in _THRESHOLD_OPS:
        return
    tensor, bound = (left, right) if isinstance(left, Tensor) else (right, left)
    threshold = const_float(bound)
    if isinstance(tensor, Tensor) and threshold is not None:
        decode(interp, tensor, "threshold", node, threshold)


def _subscript(interp: Interpreter, value: Value, node: cst.Subscript, indices: tuple[Value, ...]) -> Value | None:
    if isinstance(value, ApiObject) and value.qualname == "numpy.eye" and len(indices) == 1:
        source = indices[0]
        if isinstance(source, LabelArray) and source.labels.encoding not in (INDEX, UNKNOWN_ENCODING):
            return UNKNOWN
        n_value = value.kwarg("N")
        n_node = n_value.node if isinstance(n_value, Const) else None
        return LabelArray(Labels(ONEHOT, interp.evidence(node), const_int(n_value),
                                 n_evidence=interp.evidence(n_node) if n_node is not None else None,
                                 rank=2))
    if isinstance(value, LabelArray):
        return _label_subscript(value, indices)
    if isinstance(value, Tensor) and indices:
        if len(indices) == 2 and isinstance(indices[1], LabelArray) and _is_model_output(value):
            return Tensor(None, picked=value.head)  # out[range(N), y]
        if value.rank is not None and value.rank >= 3:
            return replace(value, rank=_subscript_rank(value.rank, indices))
        if len(indices) == 1:
            if _is_slice(indices[0]):
                return value  # a batch slice: still every sample's classes
            return replace(value, column=True) if value.row else replace(value, row=True)
        if len(indices) == 2 and _is_slice(indices[0]) and _is_slice(indices[1]):
            return value
        if len(indices) == 2 and not _is_slice(indices[0]) and _is_slice(indices[1]):
            return replace(value, row=True)  # model(x)[0, :]: one sample, every class
        # A column: the class axis is gone (`out[:, 0]` of an (N, 1) output is (N,)).
        head = replace(value.head, units=None) if value.head is not None else None
        return replace(value, column=True, head=head)
    return None


def _subscript_rank(rank: int, indices: tuple[Value, ...]) -> int | None:
    """``out[:, -1, :]`` of an (N, L, C) output is (N, C): each integer index drops an axis."""
    for index in indices:
        if const_int(index) is not None:
            rank -= 1
        elif _is_new_axis(index):
            rank += 1
        elif not _is_slice(index):
            return None  # a tensor index: the rank is not known
    return rank


def _label_subscript(value: LabelArray, indices: tuple[Value, ...]) -> Value:
    """Rows of labels keep their encoding; a column, a scalar or a new axis change it."""
    labels = value.labels
    if len(indices) == 1:
        if _is_slice(indices[0]):
            return value
        if isinstance(indices[0], Const):
            return UNKNOWN  # one label
        # y[mask], y[idx]: same encoding, but a mask may drop classes (y[y < 5]), and a scalar
        # index (Dataset.__getitem__'s self.y[i]) drops an axis.
        return LabelArray(replace(labels, n_classes=None, n_evidence=None, rank=None))
    if len(indices) == 2 and _is_slice(indices[0]):
        if _is_new_axis(indices[1]) and labels.rank == 1:
            return LabelArray(replace(labels, rank=2))
        if _is_slice(indices[1]):
            return value
    return UNKNOWN


def _is_slice(value: Value) -> bool:
    return isinstance(value, Const) and isinstance(value.value, slice)


def _is_new_axis(value: Value) -> bool:
    return (isinstance(value, Const) and value.value is None) or (
        isinstance(value, ApiRef) and value.qualname in ("numpy.newaxis", "tensorflow.newaxis"))


def _iterate(interp: Interpreter, value: Value) -> Value | None:
    if isinstance(value, Dataset):
        labels = value.labels or Labels(UNKNOWN_ENCODING)
        return Seq((UNKNOWN, LabelArray(labels)))
    return None


def _callables(interp: Interpreter, func: Value, call: Call) -> Value | None:
    if isinstance(func, Instance):
        method = func.cls.method("__call__")
        if method is not None:
            return interp.call_function(Function(method, func), call.args,
                                        call.kwargs, call)
    return None


def handlers() -> Handlers:
    h = Handlers()
    h.on(K.ONE_HOT_FUNCTIONS, _one_hot)
    h.on(K.EYE_FUNCTIONS, _eye)
    h.on(K.SPLITTERS, _splitter)
    h.on(["numpy.random.randint"], _random_integers)
    h.on(K.PASSTHROUGH_FUNCTIONS, _passthrough)
    h.on(K.TRANSPOSE_FUNCTIONS, _transpose)
    h.on(K.ARGMAX_FUNCTIONS, _argmax)
    h.on(K.ROUND_FUNCTIONS, _round)
    h.on(K.LOG_FUNCTIONS, _log)
    h.on(K.ENCODERS, _encoder)
    h.on(["builtins.len"], _len)
    h.on(["builtins.int"], _int)
    h.methods.append(_methods)
    h.attributes.append(_attributes)
    h.binary.append(_binary)
    h.negation.append(_negation)
    h.on(K.REDUCTION_FUNCTIONS, _reduction)
    h.on(K.LOGSUMEXP_FUNCTIONS, _logsumexp)
    h.comparisons.append(_comparison)
    h.subscripts.append(_subscript)
    h.iteration.append(_iterate)
    h.callables.append(_callables)
    return h


__all__ = ["const_float", "const_int", "decode", "dtype_of", "handlers", "log_of", "model_loss",
           "one_hot_rank", "reshaped_rank", "transposed"]
