"""PyTorch extractor: modules and their ``forward``, criteria, training loops, targets' dtypes.

An ``nn.Module`` (or LightningModule) subclass is a model whose head is what ``forward``
returns; ``nn.Sequential`` folds like Keras' ``Sequential``; a criterion called on
``(input, target)`` pairs the model output with the labels (the shared mechanics). Targets
carry their dtype and rank through ``torch.tensor(..., dtype=)``, ``.long()``, ``F.one_hot``,
``unsqueeze`` and friends, because in PyTorch they decide what the loss means. What each API
means is in tables.py.
"""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import INTEGER_DTYPES, Dtype, Evidence, Labels
from ...interp.api import Call, ExtractContext, Hooks, MethodResult
from ...interp.values import (
    UNKNOWN, ApiObject, BoundMethod, Const, Dict, LabelArray,
    LossValue, Model, OneOf, Scalar, Seq, Tail, Tensor, Value, Weights,
)
from ..shared import arrays, calling, decoders, decoding, labels, listed
from ..shared.activations import apply_function
from ..shared.extract import array_hooks
from ..shared.losses import loss_class_handler, loss_function_handler, subclassed_loss_hook
from ..shared.models import (
    layer_handler, model_class_hook, output_head, sequential_of_arguments,
    stack_change_handler,
)
from ..shared.values import const_float, const_int, dtype_argument
from . import datasets, library_models, metrics, trainers
from . import tables as KT


def _recurrent(ctx: ExtractContext, call: Call) -> Value:
    return ApiObject(call.qualname)


def _call_sequence_layer(ctx: ExtractContext, func: Value, call: Call) -> Value | None:
    """``out, (h, c) = self.lstm(x)``: ``out`` is a rank-3 sequence of features;
    ``self.encoder(input_ids=...)`` of a Hugging Face model without a head: its outputs."""
    if not isinstance(func, ApiObject):
        return None
    if func.qualname == KT.PRETRAINED_ENCODER:
        return ApiObject(KT.ENCODER_OUTPUTS)
    if func.qualname == KT.TOKENIZER:
        return Dict(())  # (its encodings' keys are its own; those the code sets, known)
    if func.qualname in KT.RECURRENT:
        return Seq((Tensor(None, rank=3), UNKNOWN))
    source = call.args[0] if call.args else UNKNOWN
    rank = source.rank if isinstance(source, Tensor) else (
        source.labels.rank if isinstance(source, LabelArray) else None)
    if func.qualname in KT.SEQUENCE_PRESERVING:  # (a batch of sequences, when not known)
        return Tensor(None, rank=rank if rank is not None else 3)
    if func.qualname in KT.EMBEDDINGS:
        return Tensor(None, rank=rank + 1 if rank is not None else None)
    return None


def _packed(ctx: ExtractContext, call: Call) -> Value:
    """``pack_padded_sequence(x, lengths)``: the sequence, packed (a recurrent layer reads it
    as the sequence it is)."""
    return call.args[0] if call.args else UNKNOWN


def _unpacked(ctx: ExtractContext, call: Call) -> Value:
    """``out, lengths = pad_packed_sequence(packed_out, batch_first=True)``: the (N, L, H)
    sequence (or (L, N, H)) of the recurrent layer's output."""
    given = call.args[0] if call.args else UNKNOWN
    return Seq((given if isinstance(given, Tensor) else Tensor(None, rank=3), UNKNOWN))


def _encoder_features(ctx: ExtractContext, owner: Value, attr: str,
                      node: cst.BaseExpression) -> Value | None:
    """``outputs.last_hidden_state`` (N, L, H), ``outputs.pooler_output`` (N, H)."""
    if isinstance(owner, ApiObject) and owner.qualname == KT.ENCODER_OUTPUTS:
        rank = KT.ENCODER_FEATURES.get(attr)
        return Tensor(None, rank=rank) if rank is not None else UNKNOWN
    return None


def _kept(ctx: ExtractContext, owner: Value, attr: str,
          node: cst.BaseExpression) -> Value | None:
    """``outputs.data``: the same tensor (or labels); ``model.module`` of a model wrapped by
    ``DistributedDataParallel`` (wrapping gives the model back), ``_orig_mod`` of a compiled
    one: the same model."""
    if attr in KT.KEEPING_ATTRIBUTES and isinstance(owner, (Tensor, LabelArray)):
        return owner
    return owner if attr in KT.WRAPPED_MODEL_ATTRIBUTES and isinstance(owner, Model) else None


def _output_logits(ctx: ExtractContext, owner: Value, attr: str,
                   node: cst.BaseExpression) -> Value | None:
    """``model(**batch).logits`` of a library model: its output."""
    if attr == KT.OUTPUT_LOGITS_ATTRIBUTE and isinstance(owner, Tensor) and owner.model is not None \
            and owner.model.instance is None:
        return owner
    return None


def _output_item(ctx: ExtractContext, value: Value, node: cst.BaseExpression,
                 indices: tuple[Value, ...]) -> Value | None:
    """``outputs["logits"]`` of a library model: its output, as ``outputs.logits`` is."""
    if len(indices) == 1 and indices[0] == Const(KT.OUTPUT_LOGITS_ATTRIBUTE):
        return _output_logits(ctx, value, KT.OUTPUT_LOGITS_ATTRIBUTE, node)
    return None


# --- targets: dtype and rank ------------------------------------------------------------


def _typed(value: Value, dtype: Dtype | None, node_evidence: Evidence | None = None) -> Value:
    """``value`` as a tensor of ``dtype``: labels keep their encoding and gain the dtype."""
    if isinstance(value, LabelArray):
        known = value.labels
        converted = dtype is not None and dtype != known.dtype and node_evidence is not None
        return LabelArray(replace(known, dtype=dtype or known.dtype, dtype_evidence=(
            node_evidence if converted else known.dtype_evidence)))
    if isinstance(value, Tensor):
        return value
    if dtype is None:
        return UNKNOWN
    return LabelArray(Labels("unknown", node_evidence, dtype=dtype))


def _full(ctx: ExtractContext, call: Call) -> Value:
    """``torch.full((n,), real_label)``: n copies of one number, 0/1 targets where a loss takes
    them (of the number's dtype: int64 for a Python int, unless ``dtype=`` says)."""
    size, fill = (call.arg(slot.index, slot.name) for slot in KT.FULL[call.qualname])
    if const_float(fill) is None or call.has_star_args:
        return UNKNOWN
    dims = size.items if isinstance(size, Seq) else (size,)
    whole = isinstance(fill, Const) and type(fill.value) is int
    dtype = ctx.dtype_of(call.kwargs["dtype"]) if "dtype" in call.kwargs else (  # (dtype=
        "int64" if whole else "float")                      # x.dtype: not known here)
    return Weights(tuple(const_int(d) for d in dims), filled=ctx.evidence(call.node),
                   dtype=dtype)


def _tensor_constructor(ctx: ExtractContext, call: Call) -> Value:
    data = call.arg(0, "data") if call.args else call.kwargs.get("data", call.kwargs.get("ndarray", UNKNOWN))
    dtype = ctx.dtype_of(dtype_argument(call))
    if isinstance(data, (Seq, Tail)):
        written = listed.list_labels(data, ctx.evidence(call.node))
        if written is not None:
            return _typed(written, dtype)
    if isinstance(data, Seq) and len(data.items) == 1 and dtype in ("int64", "int32", "uint8"):
        # torch.tensor([label], dtype=torch.long): one class index with an extra axis.
        return LabelArray(Labels("index", ctx.evidence(call.node), rank=1, dtype=dtype))
    one = data.items[0] if isinstance(data, Seq) and len(data.items) == 1 else None
    if isinstance(one, LabelArray) and one.labels.rank == 0:
        # torch.tensor([self.labels[i]]): that sample's label with an extra axis ((N, 1) batched)
        return _typed(LabelArray(replace(one.labels, rank=1)), dtype, ctx.evidence(call.node))
    if isinstance(data, OneOf) and all(isinstance(v, Const) for v in data.values):
        # torch.tensor(label), label 1 or 0 by a condition: one sample's label (of the
        # values' dtype when none is given: int64 for integers)
        chosen = datasets.chosen_label(ctx, data, call.node)
        if chosen is not None:
            return _typed(chosen, dtype)
    if isinstance(data, Weights):  # (an array of known shape, an observation: as it was)
        return replace(data, dtype=dtype or data.dtype)
    if dtype is None and not isinstance(data, (LabelArray, Tensor, Scalar)):
        return UNKNOWN
    if isinstance(data, Scalar):  # torch.tensor(int(name[0])): one sample's class number
        dtype = dtype or data.dtype or "int64"  # (torch.tensor(float(...)): a number of them)
        return LabelArray(Labels("index" if dtype in INTEGER_DTYPES else "unknown",
                                 ctx.evidence(call.node), rank=0, dtype=dtype))
    return _typed(data, dtype, ctx.evidence(call.node))


def _typed_constructor(ctx: ExtractContext, call: Call) -> Value:
    """``torch.LongTensor(y)``, ``torch.FloatTensor([0, 2, 1, 1])`` (values written out: what
    they are, of that dtype)."""
    data = call.args[0] if call.args else UNKNOWN
    if isinstance(data, Weights):  # torch.FloatTensor(state): the same array (one sample)
        return replace(data, dtype=KT.TYPED_CONSTRUCTORS[call.qualname])
    if isinstance(data, (Seq, Tail)):
        data = listed.list_labels(data, ctx.evidence(call.node)) or data
    return _typed(data, KT.TYPED_CONSTRUCTORS[call.qualname], ctx.evidence(call.node))


def _unknown_tensor_method(ctx: ExtractContext, owner: Value, attr: str,
                           node: cst.BaseExpression) -> Value | None:
    """``logits.softmax(dim=-1)``, ``masks.long()`` on a value not otherwise known: only
    tensors have these methods (with torch imported), so what they give is known."""
    if owner is UNKNOWN and isinstance(node, cst.Attribute) and (
            attr in KT.ACTIVATION_METHODS or attr in _CASTS):
        return BoundMethod(UNKNOWN, attr, node.value)
    return None


_CASTS = frozenset({"to", "type", *KT.DTYPE_METHODS})


def _cast_of_unknown(ctx: ExtractContext, name: str, call: Call) -> Value:
    """``y.long()``, ``y.to(torch.int64)`` of a value not otherwise known: labels of that
    integer dtype (an integer tensor is no prediction); a float cast says nothing."""
    dtype = KT.DTYPE_METHODS.get(name) if name not in ("to", "type") else \
        _converted_dtype(ctx, None, call)
    if dtype is None or dtype == "float":
        return UNKNOWN
    return LabelArray(Labels("unknown", ctx.evidence(call.node), dtype=dtype))


def _scattered_rows(ctx: ExtractContext, zeros: Weights, name: str,
                    call: Call) -> MethodResult | Value | None:
    """``torch.zeros(n, C).scatter_(1, y.unsqueeze(1), 1.0)``: a 1 at each sample's class,
    one-hot rows of C classes (``scatter_`` changes the tensor itself); ``torch.full((n, C),
    eps / (C - 1)).scatter_(1, y[:, None], 1 - eps)``: the same rows, smoothed."""
    index, value = call.arg(1, "index"), call.arg(2, "value", call.kwargs.get("src", UNKNOWN))
    mark = const_float(value)
    if not (len(zeros.shape) == 2 and const_int(call.arg(0, "dim")) in (1, -1)
            and isinstance(index, LabelArray) and index.labels.encoding in ("index", "unknown")
            and mark is not None and 0 < mark <= 1):
        return None
    width = zeros.shape[1]
    rows = LabelArray(Labels("onehot", ctx.evidence(call.node), width, rank=2,
                             n_evidence=ctx.evidence(call.node) if width is not None else None,
                             dtype=zeros.dtype or "float"))
    return MethodResult(rows, receiver=rows) if name == "scatter_" else rows


def _tensor_methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    receiver, name = method.receiver, method.name
    if (receiver is UNKNOWN or isinstance(receiver, Tensor)) and name in KT.ACTIVATION_METHODS:
        spec = KT.ACTIVATION_METHODS[name]
        dim = call.arg(spec.axis.index, spec.axis.name, Const(None)) if spec.axis else Const(-1)
        return apply_function(ctx, call, spec, receiver, dim)
    if isinstance(receiver, Tensor) and name in KT.IN_PLACE_ACTIVATION_METHODS:
        applied = apply_function(ctx, call, KT.IN_PLACE_ACTIVATION_METHODS[name], receiver,
                                 Const(-1))
        return MethodResult(applied, receiver=applied)
    if name in KT.MATMUL_METHODS and len(call.args) == 1 and not isinstance(
            receiver, (LabelArray, Model)):  # x.mm(w): x @ w
        return arrays.product(ctx, call.node, receiver, call.args[0])
    if receiver is UNKNOWN:
        return _cast_of_unknown(ctx, name, call) if name in _CASTS else None
    if name == KT.SIZE_METHOD and isinstance(receiver, (LabelArray, Tensor)) and not call.kwargs:
        return arrays.dimension(receiver, call.args[0]) if call.args else arrays.shape_of(receiver)
    if name == KT.OUTPUT_FIELD_METHOD and len(call.args) == 1:  # outputs.get("logits")
        return _output_item(ctx, receiver, call.node, call.args)
    if name in KT.IN_PLACE_SHAPE_METHODS and isinstance(receiver, (Tensor, LabelArray)):
        # out.squeeze_(0): the tensor itself changes shape
        same = KT.IN_PLACE_SHAPE_METHODS[name]
        changed = (arrays.reshaped(receiver, call, same) if same is not None else
                   replace(receiver, rank=None) if isinstance(receiver, Tensor) else UNKNOWN)
        return MethodResult(changed, receiver=changed)
    if isinstance(receiver, LabelArray):
        targets = receiver.labels
        if name in KT.DTYPE_METHODS:
            return LabelArray(replace(targets, dtype=KT.DTYPE_METHODS[name],
                                      dtype_evidence=ctx.evidence(call.node)))
        if name in ("to", "type"):
            dtype = _converted_dtype(ctx, targets.dtype, call)
            return LabelArray(replace(targets, dtype=dtype, dtype_evidence=ctx.evidence(
                call.node) if dtype != targets.dtype else targets.dtype_evidence))
        if name in ("permute", "t"):
            return arrays.transposed(receiver, call.args)
        if name in KT.RENUMBERING_METHODS:  # y.masked_fill_(y == 2, 1), y.clamp(0, 1)
            changed = labels.renumbered(receiver)
            return MethodResult(changed, receiver=changed) if name.endswith("_") else changed
        if name in KT.KEEPING_METHODS:
            return receiver
        return None
    if isinstance(receiver, Tensor):
        if name == "log":
            return decoding.log_of(ctx, receiver, call.node)
        if name == "gather" and decoders.is_prediction(receiver) and _picks(call):
            # out.gather(1, y.view(-1, 1)): each sample's entry at its label
            return Tensor(None, picked=receiver.head, if_trained=receiver.if_trained)
        if name == "max" and call.has(0, "dim"):
            return decoders.max_over_classes(ctx, receiver, call)
        if name in KT.KEEPING_METHODS or name in ("float", "double"):
            return receiver
        if name in KT.AXIS_MOVING_METHODS:
            return replace(receiver, rank=None)  # the class axis moved: CrossEntropy's (N, C, L)
        return None
    if isinstance(receiver, Weights) and name in ("scatter_", "scatter"):
        return _scattered_rows(ctx, receiver, name, call)
    if isinstance(receiver, Weights) and (name in KT.KEEPING_METHODS or name == "requires_grad_"
                                          or KT.DTYPE_METHODS.get(name) == "float"):
        return receiver  # torch.randn(4, 10).requires_grad_(), state.float(): the same array
    if isinstance(receiver, LossValue) and name in KT.SELF_RETURNING:
        return receiver  # nn.CrossEntropyLoss().to(device): a module, moved
    if isinstance(receiver, Model):
        if name in KT.SELF_RETURNING:
            return receiver
        if name == "forward":
            return Tensor(output_head(receiver), receiver)
    return None


def _picks(call: Call) -> bool:
    """``gather(1, index)`` at labels, or at what is made a column (``target.unsqueeze(1)``)."""
    index, node = call.arg(1, "index"), call.arg_node(1, "index")
    return isinstance(index, LabelArray) or (
        index is UNKNOWN and node is not None and arrays.made_a_column(node))


def _converted_dtype(ctx: ExtractContext, current: Dtype | None, call: Call) -> Dtype | None:
    """The dtype after ``.to(...)`` / ``.type(...)``: a named dtype wins; a device keeps the
    dtype; anything else (``logits.dtype``) makes it unknown."""
    arguments = [*call.args, *call.kwargs.values()]
    for argument in arguments:
        dtype = ctx.dtype_of(argument)
        if dtype is not None:
            return dtype
    if call.has_star_args:
        return None
    nodes = [arg.value for arg in call.arg_nodes]
    if all(_is_device(argument, node) for argument, node in zip(arguments, nodes)):
        return current
    return None


def _is_device(value: Value, node: cst.BaseExpression) -> bool:
    """A device: ``"cuda"``, ``torch.device(...)``, a flag (``non_blocking=True``), or a value
    not known here that the code names a device (``.to(device)``, ``.to(self.device)``)."""
    if (isinstance(value, Const) and isinstance(value.value, (str, bool))) or (
            isinstance(value, ApiObject) and value.qualname == "torch.device"):
        return True
    name = node.attr.value if isinstance(node, cst.Attribute) else (
        node.value if isinstance(node, cst.Name) else "")
    return value is UNKNOWN and name.lower() in KT.DEVICE_NAMES


def _torch_max(ctx: ExtractContext, call: Call) -> Value:
    """``_, predicted = torch.max(outputs, 1)``: the argmax decoder of countless tutorials."""
    if call.has(1, "dim"):
        return decoders.max_over_classes(ctx, call.arg(0, "input"), call)
    return UNKNOWN


def _module_container(ctx: ExtractContext, call: Call) -> Value:
    """``nn.ModuleDict({"cls": head})`` / ``nn.ModuleList([...])``: the dict or list itself
    (empty when made empty, for heads appended in a loop: ``self.heads.append(...)``)."""
    if not call.has(0, "modules"):
        return Dict(()) if call.qualname == KT.MODULE_DICT else Seq(())
    modules = call.arg(0, "modules")
    return modules if isinstance(modules, (Dict, Seq, Tail)) else UNKNOWN


def _linear(ctx: ExtractContext, call: Call) -> Value:
    """``F.linear(x, weight, bias)`` (functional MAML's forward): ``x @ weight.T + bias``."""
    return arrays.product(ctx, call.node, call.arg(0, "input"), call.arg(1, "weight"), True)


def _weight_array(ctx: ExtractContext, call: Call) -> Value:
    """``nn.Parameter(torch.randn(c, d))``, ``F.normalize(self.weight, dim=1)``: a parameter
    array of the same shape (ArcFace's class weights, whose rows are ``F.linear``'s classes)."""
    weight = call.args[0] if call.args else UNKNOWN  # (a vector's, a temperature's: as before)
    return weight if isinstance(weight, Weights) and len(weight.shape) >= 2 else UNKNOWN


def _functional_call(ctx: ExtractContext, call: Call) -> Value:
    """``functional_call(model, params, (x,))``: the model called on ``x`` (its parameters
    given apart make no other head)."""
    module, args = call.arg(0, "module"), call.arg(2, "args")
    if not isinstance(module, Model):
        return UNKNOWN
    inputs = args.items if isinstance(args, Seq) else (args,)
    kwargs = call.arg(3, "kwargs")
    named = dict(kwargs.items) if isinstance(kwargs, Dict) else {}
    return calling.call_model_parts(ctx, module, replace(
        call, args=inputs, kwargs={k: v for k, v in named.items() if isinstance(k, str)},
        arg_nodes=())) or UNKNOWN


def hooks() -> Hooks:
    h = array_hooks(KT.ARRAYS)
    h.on([KT.FUNCTIONAL_LINEAR], _linear)
    h.on([KT.FUNCTIONAL_NORMALIZE, KT.PARAMETER], _weight_array)
    h.on(KT.FUNCTIONAL_CALLS, _functional_call)
    h.on([KT.HUB_LOAD], library_models.hub_model)
    h.on(KT.LAYERS, layer_handler(KT.LAYERS))
    h.on(KT.SEQUENTIAL, sequential_of_arguments)
    h.on(KT.MODULE_CONTAINERS, _module_container)
    h.on(KT.LOSS_CLASSES, loss_class_handler(KT.LOSS_CLASSES))
    h.on(KT.LOSS_FUNCTIONS, loss_function_handler(KT.LOSS_FUNCTIONS))
    h.on(KT.TENSOR_CONSTRUCTORS, _tensor_constructor)
    h.on(KT.FULL, _full)
    h.checkpoints.update(KT.CHECKPOINT_LOADERS)
    h.on(KT.TYPED_CONSTRUCTORS, _typed_constructor)
    h.on(KT.DATASETS, datasets.torchvision_dataset)
    h.on(KT.TEXT_DATASETS, datasets.text_dataset)
    h.on(KT.DATASET_WRAPPERS, arrays.transform)
    h.on(["torch.max"], _torch_max)
    h.on(["torch.device"], lambda ctx, call: ApiObject("torch.device"))
    h.on(["torch.utils.data.TensorDataset"], labels.dataset_of_arguments)
    h.on(["torch.utils.data.DataLoader"], datasets.data_loader)
    h.on(KT.DEFAULT_COLLATE, datasets.default_collate)
    h.on(KT.DATASET_VIEWS, datasets.dataset_view)
    h.on(KT.RECURRENT | KT.SEQUENCE_PRESERVING | KT.EMBEDDINGS, _recurrent)
    h.on(KT.PACKING, _packed)
    h.on(KT.UNPACKING, _unpacked)
    h.prefixes.append((KT.TORCHVISION_MODELS, library_models.torchvision_model))
    h.prefixes.append((KT.PRETRAINED_CLASSIFIERS, library_models.pretrained_classifier))
    h.on(KT.MODEL_FACTORIES, library_models.factory_model)
    h.on(KT.SEGMENTATION_MODELS, library_models.segmentation_model)
    h.callables.append(_call_sequence_layer)
    h.methods.append(_tensor_methods)
    h.methods.append(library_models.reset_classifier)
    h.methods.append(stack_change_handler(KT.STACK_APPENDING, KT.STACK_CHANGING))
    h.constructions.append(subclassed_loss_hook(KT.LOSS_CLASSES))
    h.constructions.append(model_class_hook(KT.MODEL_CLASSES))
    h.attribute_assignments.append(library_models.replace_head)
    h.attribute_assignments.append(datasets.relabelled)
    h.attributes.append(datasets.targets_of)
    h.attributes.append(library_models.head_part)
    h.attributes.append(_unknown_tensor_method)
    h.attributes.append(_output_logits)
    h.subscripts.insert(0, _output_item)  # (before the arrays' subscripts: a field, no index)
    h.attributes.append(_kept)
    h.attributes.append(_encoder_features)
    trainers.register(h)
    metrics.register(h)
    h.methods.append(library_models.append_to_head_part)
    h.item_assignments.append(library_models.replace_last_layer)
    h.dtypes.update(KT.DTYPES)
    return h
