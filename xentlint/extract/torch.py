"""PyTorch extractor: modules and their ``forward``, criteria, training loops, targets' dtypes.

An ``nn.Module`` (or LightningModule) subclass is a model whose head is what ``forward``
returns; ``nn.Sequential`` folds like Keras' ``Sequential``; a criterion called on
``(input, target)`` pairs the model output with the labels. Targets carry their dtype and rank
through ``torch.tensor(..., dtype=)``, ``.long()``, ``F.one_hot``, ``unsqueeze`` and friends,
because in PyTorch they decide what the loss means. What each API means is in
knowledge/torch.py.
"""

from __future__ import annotations

from dataclasses import replace

from ..facts import (
    INDEX, ONEHOT, UNKNOWN as UNKNOWN_ENCODING, Evidence, Labels, Loss,
    PositionalOption,
)
from ..interpreter import Call, Handlers, Interpreter, MethodResult
from ..knowledge import torch as KT
from ..values import (
    UNKNOWN, ApiObject, ApiRef, BoundMethod, ClassDef, Const, Dataset, Function, Instance,
    LabelArray, Layer, LossValue, Model, Seq, Tensor, Value,
)
from .common import const_float, const_int, decode, log_of, one_hot_rank, transposed
from .models import (
    apply_activation, apply_layer, as_layer, as_model_output, fold_layers, labels_of, make_head, output_head,
    pair_loss_call,
)

# Module methods that return the module itself: `model = model.to(device)` keeps the model.
_SELF_RETURNING = frozenset({"to", "cuda", "cpu", "train", "eval", "float", "double", "half",
                             "requires_grad_", "share_memory", "to_empty"})
_TARGET_AT = (1, "target")
_INPUT_AT = (0, "input")


# --- layers and models ----------------------------------------------------------------------


def _layer(interp: Interpreter, call: Call) -> Value:
    spec = KT.LAYERS[call.qualname]
    evidence = interp.evidence(call.node)
    if spec.role == "dense":
        units = const_int(call.arg(*spec.units_param)) if spec.units_param else None
        return Layer(call.qualname, evidence, "dense", None, units)
    if spec.activation in ("softmax", "log_softmax"):
        dim = call.arg(0, "dim", Const(None))
        axis = const_int(dim) if not (isinstance(dim, Const) and dim.value is None) else None
        if axis is None and not (isinstance(dim, Const) and dim.value is None):
            return Layer(call.qualname, evidence, "unknown")
        return Layer(call.qualname, evidence, "activation", spec.activation, axis=axis)
    return Layer(call.qualname, evidence, spec.role, spec.activation)


def _sequential(interp: Interpreter, call: Call) -> Value:
    evidence = interp.evidence(call.node)
    if call.has_star_args or call.kwargs:
        return Model(evidence, None)
    return Model(evidence, fold_layers(interp, call.args))


def _recurrent(interp: Interpreter, call: Call) -> Value:
    return ApiObject(call.qualname)


def _call_sequence_layer(interp: Interpreter, func: Value, call: Call) -> Value | None:
    """``out, (h, c) = self.lstm(x)``: ``out`` is a rank-3 sequence of features."""
    if not isinstance(func, ApiObject):
        return None
    if func.qualname in KT.RECURRENT:
        return Seq((Tensor(None, rank=3), UNKNOWN))
    if func.qualname in KT.SEQUENCE_PRESERVING:
        source = call.args[0] if call.args else UNKNOWN
        return Tensor(None, rank=source.rank if isinstance(source, Tensor) else None)
    return None


def _module_classes(interp: Interpreter, cls: ClassDef, instance: Instance,
                    call: Call | None) -> Value | None:
    """An ``nn.Module`` / LightningModule subclass is a model whose head ``forward`` returns."""
    if not cls.base_qualnames() & KT.MODULE_BASES:
        return None
    node = call.node if call is not None else cls.node.name
    model = Model(interp.evidence(node), None, instance=instance)
    method = cls.method("forward")
    head = rank = returned = None
    if method is not None:
        result = interp.call_function(Function(method, model),
                                      (Tensor(None),), {}, None)
        if isinstance(result, Seq) and result.items and isinstance(result.items[0], Tensor):
            # return output, hidden: the first element is the prediction (char-RNN, VAE...)
            returned = len(result.items)
            result = result.items[0]
        else:
            returned = None
        if isinstance(result, Tensor):
            head, rank = result.head, result.rank
    model = replace(model, head=as_model_output(head), rank=rank, returns_tuple=returned)
    if "lightning.LightningModule" in cls.base_qualnames():
        _run_lightning_steps(interp, cls, model)
    return model


def _run_lightning_steps(interp: Interpreter, cls: ClassDef, model: Model) -> None:
    """Lightning calls ``training_step(batch, batch_idx)`` with the dataloader's ``(x, y)``
    batches: run the steps with a batch whose second element is labels (of unknown encoding)."""
    batch = Seq((UNKNOWN, LabelArray(Labels(UNKNOWN_ENCODING))))
    for name in KT.LIGHTNING_STEPS:
        step = cls.method(name)
        if step is not None:
            interp.call_function(Function(step, model), (batch, UNKNOWN),
                                 {}, None)


def _torchvision_model(interp: Interpreter, call: Call) -> Value:
    """``torchvision.models.resnet18(num_classes=10)``: a Linear head of logits."""
    name = call.qualname.rsplit(".", 1)[-1]
    if not name[:1].islower() or name.startswith("get_"):
        return UNKNOWN
    evidence = interp.evidence(call.node)
    units = const_int(call.arg(-1, "num_classes", Const(1000)))
    return Model(evidence, make_head("linear", units, evidence))


def _replace_head(interp: Interpreter, owner: Value, attr: str, value: Value) -> Value | None:
    """``model.fc = nn.Linear(512, 10)`` on a torchvision model: the new head."""
    if not isinstance(owner, Model) or owner.instance is not None or attr not in KT.HEAD_ATTRIBUTES:
        return None
    layer = as_layer(value)
    head = apply_layer(interp, layer, owner.head) if layer is not None else None
    return replace(owner, head=head)


# --- activations ------------------------------------------------------------------------


def _activation(interp: Interpreter, call: Call, activation: str, source: Value,
                dim: Value) -> Value:
    """An activation applied to a tensor by a function or a tensor method."""
    axis: int | None = -1
    if activation in ("softmax", "log_softmax"):
        if isinstance(dim, Const) and dim.value is None:
            axis = None  # the implicit (deprecated) dim
        else:
            axis = const_int(dim)
            if axis is None:
                return UNKNOWN
    return apply_activation(interp, call.node, activation, source, axis)


def _activation_function(interp: Interpreter, call: Call) -> Value:
    activation, dim_position = KT.ACTIVATION_FUNCTIONS[call.qualname]
    if not call.args and "input" not in call.kwargs:
        return UNKNOWN  # the function itself, passed around
    source = call.arg(0, "input")
    dim = call.arg(dim_position, "dim", Const(None)) if dim_position is not None else Const(-1)
    return _activation(interp, call, activation, source, dim)


# --- losses -------------------------------------------------------------------------------


def _configured(interp: Interpreter, call: Call, spec: KT.TorchLossSpec, offset: int) -> Loss:
    name = call.qualname.rsplit(".", 1)[-1]
    params = {p: i + offset for i, p in enumerate(spec.params)}
    if "weight" in params and "weight" not in call.kwargs and not call.has_star_args:
        value = call.arg(params["weight"], "weight")
        node = call.arg_node(params["weight"], "weight")
        if const_float(value) is not None and node is not None:
            interp.facts.positional_options.append(PositionalOption(
                callee=name, parameter="weight", meant=spec.weight_meant or "a keyword option",
                value=interp.evidence(node),
                effect="`weight` must be a tensor of class weights, so it raises a TypeError"))
    reduction = call.arg(params["reduction"], "reduction") if "reduction" in params else UNKNOWN
    return Loss(spec.family, spec.expects, interp.evidence(call.node), framework="torch",
                name=name, reduction=reduction.value if isinstance(reduction, Const) else None,
                reconciles_rank=False)


def _loss_class(interp: Interpreter, call: Call) -> Value:
    spec = KT.LOSS_CLASSES[call.qualname]
    loss = _configured(interp, call, spec, 0)
    return LossValue(loss, call.qualname, labels_at=_TARGET_AT, output_at=_INPUT_AT)


def _loss_function(interp: Interpreter, call: Call) -> Value:
    spec = KT.LOSS_FUNCTIONS[call.qualname]
    loss = _configured(interp, call, spec, 2)
    input_name, target_name = KT.FUNCTION_ARGS.get(call.qualname, ("input", "target"))
    pair_loss_call(interp, loss, call, (1, target_name), (0, input_name))
    return Tensor(None)


# --- targets: dtype and rank ------------------------------------------------------------


def _dtype_of(value: Value) -> str | None:
    if isinstance(value, ApiRef):
        return KT.DTYPES.get(value.qualname)
    return None


def _typed(value: Value, dtype: str | None, node_evidence: Evidence | None = None) -> Value:
    """``value`` as a tensor of ``dtype``: labels keep their encoding and gain the dtype."""
    if isinstance(value, LabelArray):
        return LabelArray(replace(value.labels, dtype=dtype or value.labels.dtype))
    if isinstance(value, Tensor):
        return value
    if dtype is None:
        return UNKNOWN
    return LabelArray(Labels(UNKNOWN_ENCODING, node_evidence, dtype=dtype))


def _tensor_constructor(interp: Interpreter, call: Call) -> Value:
    data = call.arg(0, "data") if call.args else call.kwargs.get("data", call.kwargs.get("ndarray", UNKNOWN))
    dtype = _dtype_of(call.kwargs.get("dtype", UNKNOWN))
    if isinstance(data, Seq) and data.items and all(isinstance(v, Const) for v in data.items):
        literal = _literal_labels(data, interp.evidence(call.node))
        if literal is not None:
            return _typed(literal, dtype)
    if isinstance(data, Seq) and len(data.items) == 1 and dtype in ("int64", "int32", "uint8"):
        # torch.tensor([label], dtype=torch.long): one class index with an extra axis.
        return LabelArray(Labels(INDEX, interp.evidence(call.node), rank=1, dtype=dtype))
    if dtype is None and not isinstance(data, (LabelArray, Tensor)):
        return UNKNOWN
    return _typed(data, dtype, interp.evidence(call.node))


def _random_labels(interp: Interpreter, call: Call) -> Value:
    """``torch.randint(0, C, (N,))``: int64 class indices of the given size (``dtype=`` wins)."""
    size = call.arg(2, "size") if call.has(2, "size") else call.arg(1, "size")
    if call.has_star_args:
        return UNKNOWN
    dtype = _dtype_of(call.kwargs.get("dtype", UNKNOWN)) or "int64"
    rank = len(size.items) if isinstance(size, Seq) else None
    column = rank == 2 and const_int(size.items[1]) == 1
    encoding = INDEX if rank == 1 or column else UNKNOWN_ENCODING
    return LabelArray(Labels(encoding, interp.evidence(call.node), rank=rank, dtype=dtype))


def _literal_labels(data: Seq, evidence: Evidence) -> Value | None:
    """``torch.tensor([0, 2, 1])``: 1-D integers are class indices (int64); floats are float."""
    values = [v.value for v in data.items]
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return LabelArray(Labels(INDEX, evidence, rank=1, dtype="int64"))
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return LabelArray(Labels(UNKNOWN_ENCODING, evidence, rank=1, dtype="float"))
    return None


def _typed_constructor(interp: Interpreter, call: Call) -> Value:
    return _typed(call.args[0] if call.args else UNKNOWN, KT.TYPED_CONSTRUCTORS[call.qualname],
                  interp.evidence(call.node))


def _one_hot(interp: Interpreter, call: Call) -> Value:
    """``F.one_hot(y, num_classes)``: one-hot rows of int64 (not float!)."""
    source = call.arg(0, "tensor")
    n = const_int(call.arg(1, "num_classes", Const(-1)))
    node = call.arg_node(1, "num_classes")
    n_evidence = interp.evidence(node) if node is not None and n not in (None, -1) else None
    if n in (None, -1):
        n = source.labels.n_classes if isinstance(source, LabelArray) else None
        n_evidence = source.labels.n_evidence if isinstance(source, LabelArray) else None
    return LabelArray(Labels(ONEHOT, interp.evidence(call.node), n, n_evidence=n_evidence,
                             rank=one_hot_rank(source), dtype="int64"))


def _tensor_methods(interp: Interpreter, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    receiver, name = method.receiver, method.name
    if isinstance(receiver, LabelArray):
        labels = receiver.labels
        if name in KT.DTYPE_METHODS:
            return LabelArray(replace(labels, dtype=KT.DTYPE_METHODS[name]))
        if name in ("to", "type"):
            return LabelArray(replace(labels, dtype=_converted_dtype(labels.dtype, call)))
        if name in ("permute", "t"):
            return transposed(receiver)
        if name in ("cpu", "cuda", "detach", "clone", "contiguous"):
            return receiver
        return None
    if isinstance(receiver, Tensor):
        if name in KT.ACTIVATION_METHODS:
            dim = call.arg(0, "dim", Const(None)) if name in ("softmax", "log_softmax") else Const(-1)
            return _activation(interp, call, KT.ACTIVATION_METHODS[name], receiver, dim)
        if name == "log":
            return log_of(interp, receiver, call.node)
        if name == "max" and call.has(0, "dim"):
            decode(interp, receiver, "argmax", call.node)
            return Seq((UNKNOWN, UNKNOWN))
        if name in ("to", "cpu", "cuda", "detach", "clone", "contiguous", "float", "double"):
            return receiver
        if name in ("permute", "transpose", "movedim", "swapaxes"):
            return replace(receiver, rank=None)  # the class axis moved: CrossEntropy's (N, C, L)
        return None
    if isinstance(receiver, Model):
        if name in _SELF_RETURNING:
            return receiver
        if name == "forward":
            return Tensor(output_head(receiver), receiver)
    return None


def _converted_dtype(current: str | None, call: Call) -> str | None:
    """The dtype after ``.to(...)`` / ``.type(...)``: a named dtype wins; a device keeps the
    dtype; anything else (``logits.dtype``) makes it unknown."""
    arguments = [*call.args, *call.kwargs.values()]
    for argument in arguments:
        dtype = _dtype_of(argument)
        if dtype is not None:
            return dtype
    if all(_is_device(argument) for argument in arguments) and not call.has_star_args:
        return current
    return None


def _is_device(value: Value) -> bool:
    return (isinstance(value, Const) and isinstance(value.value, (str, bool))) or (
        isinstance(value, ApiObject) and value.qualname == "torch.device")


def _torch_max(interp: Interpreter, call: Call) -> Value:
    """``_, predicted = torch.max(outputs, 1)``: the argmax decoder of countless tutorials."""
    if call.has(1, "dim"):
        decode(interp, call.arg(0, "input"), "argmax", call.node)
        return Seq((UNKNOWN, UNKNOWN))
    return UNKNOWN


# --- datasets -----------------------------------------------------------------------------


def _tensor_dataset(interp: Interpreter, call: Call) -> Value:
    if len(call.args) < 2 or call.has_star_args:
        return Dataset(Labels(UNKNOWN_ENCODING)) if call.args else UNKNOWN
    return Dataset(labels_of(call.args[-1]) or Labels(UNKNOWN_ENCODING), interp.evidence(call.node))


def _data_loader(interp: Interpreter, call: Call) -> Value:
    dataset = call.arg(0, "dataset")
    if isinstance(dataset, Dataset):
        return dataset
    if isinstance(dataset, Instance):
        getitem = dataset.cls.method("__getitem__")
        if getitem is not None:
            item = interp.call_function(Function(getitem, dataset),
                                        (UNKNOWN,), {}, None)
            if isinstance(item, Seq) and len(item.items) == 2:
                labels = labels_of(item.items[1])
                if labels is None:
                    return Dataset(Labels(UNKNOWN_ENCODING))
                # The default collate stacks the items: a batch has one more axis.
                rank = labels.rank + 1 if labels.rank is not None else None
                return Dataset(replace(labels, rank=rank))
    return Dataset(Labels(UNKNOWN_ENCODING)) if dataset is not UNKNOWN else UNKNOWN


def _torchvision_dataset(interp: Interpreter, call: Call) -> Value:
    n = KT.DATASETS[call.qualname]
    evidence = interp.evidence(call.node)
    return Dataset(Labels(INDEX, evidence, n, n_evidence=evidence if n else None, rank=1,
                          dtype="int64"), evidence)


def _passthrough_first(interp: Interpreter, call: Call) -> Value:
    """``tqdm(loader)``: the same iterable."""
    return call.args[0] if call.args else UNKNOWN


def handlers() -> Handlers:
    h = Handlers()
    h.on(KT.LAYERS, _layer)
    h.on(KT.SEQUENTIAL, _sequential)
    h.on(KT.LOSS_CLASSES, _loss_class)
    h.on(KT.LOSS_FUNCTIONS, _loss_function)
    h.on(KT.ACTIVATION_FUNCTIONS, _activation_function)
    h.on(KT.TENSOR_CONSTRUCTORS, _tensor_constructor)
    h.on(KT.TYPED_CONSTRUCTORS, _typed_constructor)
    h.on(KT.DATASETS, _torchvision_dataset)
    h.on(["torch.nn.functional.one_hot"], _one_hot)
    h.on(["torch.max"], _torch_max)
    h.on(["torch.randint"], _random_labels)
    h.on(["torch.device"], lambda interp, call: ApiObject("torch.device"))
    h.on(["torch.utils.data.TensorDataset"], _tensor_dataset)
    h.on(["torch.utils.data.DataLoader"], _data_loader)
    h.on(("tqdm.tqdm", "tqdm.auto.tqdm", "tqdm.notebook.tqdm"), _passthrough_first)
    h.prefixes.append((KT.TORCHVISION_MODELS, _torchvision_model))
    h.on(KT.RECURRENT | KT.SEQUENCE_PRESERVING, _recurrent)
    h.callables.append(_call_sequence_layer)
    h.methods.append(_tensor_methods)
    h.class_bases.append(_module_classes)
    h.attribute_assignments.append(_replace_head)
    return h

