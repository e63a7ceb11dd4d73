"""Models of the libraries around PyTorch: torchvision's (by name, or through
``torch.hub.load("pytorch/vision", ...)``), timm's and other factories', segmentation models',
Hugging Face classifiers (their ``problem_type``'s loss); and their heads replaced for
fine-tuning (``model.fc = ...``, ``model.classifier[6] = ...``, ``reset_classifier(n)``)."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import Labels, Loss
from ...interp.api import Call, ExtractContext, MethodResult
from ...interp.values import UNKNOWN, ApiObject, BoundMethod, Const, LossValue, Model, Value
from ..shared.activations import make_head
from ..shared.models import apply_layer, as_layer
from ..shared.values import const_int
from . import tables as KT

_HEAD_PART = "torchvision.models.head"  # model.classifier of a torchvision model


def torchvision_model(ctx: ExtractContext, call: Call) -> Value:
    """``torchvision.models.resnet18(num_classes=10)``: a Linear head of logits (of its data
    set's classes by default: ``segmentation.deeplabv3_resnet50()``'s 21)."""
    path, _, name = call.qualname[len(KT.TORCHVISION_MODELS):].rpartition(".")
    if not name[:1].islower() or name.startswith("get_"):
        return UNKNOWN
    evidence = ctx.evidence(call.node)
    default = KT.TORCHVISION_CLASSES.get(path.split(".")[0], KT.TORCHVISION_CLASSES[""])
    if default is None:
        return Model(evidence, None, library_class=True)
    units = const_int(call.arg(-1, "num_classes", Const(default)))
    return Model(evidence, make_head("linear", units, evidence), library_class=True)


def hub_model(ctx: ExtractContext, call: Call) -> Value:
    """``torch.hub.load("pytorch/vision:v0.10.0", "resnet18", pretrained=True)``: that
    torchvision model (another hub repository's models are not known)."""
    repo, name = call.arg(0, "repo_or_dir"), call.arg(1, "model")
    if not (isinstance(repo, Const) and isinstance(repo.value, str) and isinstance(name, Const)
            and isinstance(name.value, str)) or call.has_star_args:
        return UNKNOWN
    if repo.value.split(":")[0] != KT.HUB_TORCHVISION:
        return UNKNOWN
    return torchvision_model(ctx, replace(call, qualname=KT.TORCHVISION_MODELS + name.value,
                                           args=call.args[2:], arg_nodes=call.arg_nodes[2:]))


def factory_model(ctx: ExtractContext, call: Call) -> Value:
    """``timm.create_model("resnet18", num_classes=3)``: a Linear head of logits (none with
    ``num_classes=0``: the model gives features)."""
    slot, default = KT.MODEL_FACTORIES[call.qualname]
    evidence = ctx.evidence(call.node)
    units = const_int(call.arg(slot.index, slot.name, Const(default)))
    if units == 0:
        return Model(evidence, None, library_class=True)
    return Model(evidence, make_head("linear", units, evidence), library_class=True)


def segmentation_model(ctx: ExtractContext, call: Call) -> Value:
    """``smp.Unet("resnet34", classes=1, activation="sigmoid")``: maps of ``classes`` channels
    after that activation (with ``aux_params``, a tuple with a classifier's output: not
    followed)."""
    evidence = ctx.evidence(call.node)
    activation = call.kwargs.get("activation", Const(None))
    if "aux_params" in call.kwargs or not isinstance(activation, Const) \
            or activation.value not in KT.SEGMENTATION_ACTIVATIONS:
        return Model(evidence, None, library_class=True)
    units = const_int(call.kwargs.get("classes", Const(1)))
    name = KT.SEGMENTATION_ACTIVATIONS[activation.value]
    return Model(evidence, make_head(name, units, evidence, axis=1), library_class=True)


def pretrained_classifier(ctx: ExtractContext, call: Call) -> Value:
    """``AutoModelForSequenceClassification.from_pretrained(name, num_labels=3)``: a model of
    raw logits (its width: ``num_labels``, when given; a token classifier's for each token)."""
    rank = next((rank for suffix, rank in KT.PRETRAINED_CLASSIFIER_SUFFIXES.items()
                 if call.qualname.endswith(suffix)), None)
    if rank is None and call.qualname.endswith(KT.PRETRAINED_ENCODER_SUFFIX):
        return ApiObject(KT.PRETRAINED_ENCODER)  # features, no head (see _encoder_features)
    if rank is None and call.qualname.endswith(KT.TOKENIZER_SUFFIXES):
        return ApiObject(KT.TOKENIZER)
    if rank is None:
        return UNKNOWN
    evidence = ctx.evidence(call.node)
    units = const_int(call.kwargs.get("num_labels", UNKNOWN))
    model = Model(evidence, make_head("linear", units, evidence), rank=rank if rank > 2 else None,
                  library_class=True)
    problem = call.kwargs.get("problem_type")
    kind = problem.value if isinstance(problem, Const) and isinstance(problem.value, str) else ""
    loss = KT.PROBLEM_TYPE_LOSSES.get(kind)
    if loss is not None:  # what it trains with: decoding its logits is judged by that
        spec = KT.LOSS_CLASSES[loss]
        node = next(arg for arg in call.arg_nodes if arg.keyword is not None
                    and arg.keyword.value == "problem_type")
        encoding = KT.PROBLEM_TYPE_LABELS.get(kind)
        model = replace(model, loss=LossValue(Loss(spec, spec.expects, ctx.evidence(node)), loss),
                        labels_keyword=KT.MODEL_LABELS_KEYWORD,
                        labels=Labels(encoding, ctx.evidence(node)) if encoding else None)
    return model


def head_part(ctx: ExtractContext, owner: Value, attr: str,
               node: cst.BaseExpression) -> Value | None:
    """``model.classifier`` of a torchvision model: the part that holds its head."""
    if isinstance(owner, Model) and owner.instance is None and attr in KT.HEAD_ATTRIBUTES \
            and isinstance(owner.evidence.node, cst.Call):
        return ApiObject(_HEAD_PART, (("family", Const(_family(owner.evidence.node))),))
    return None


def _family(call: cst.Call) -> str | None:
    func = call.func
    name = func.attr.value if isinstance(func, cst.Attribute) else (
        func.value if isinstance(func, cst.Name) else None)
    return next((family for family in KT.LAST_HEAD_INDEX if name and name.startswith(family)),
                None)


def replace_last_layer(ctx: ExtractContext, owner: Value, node: cst.Subscript,
                        indices: tuple[Value, ...], value: Value) -> Value | None:
    """``model.classifier[6] = nn.Linear(4096, 5)`` (or ``[-1]``): the classifier's last layer
    replaced is the head replaced; another index is not (the head is still after it)."""
    if not (isinstance(owner, ApiObject) and owner.qualname == _HEAD_PART and len(indices) == 1):
        return None
    family = owner.kwarg("family")
    last = KT.LAST_HEAD_INDEX.get(family.value) if isinstance(family, Const) else None
    index = const_int(indices[0])
    return value if index is not None and index in (-1, last) else None


def append_to_head_part(ctx: ExtractContext, method: BoundMethod,
                         call: Call) -> MethodResult | None:
    """``model.classifier.append(nn.Softmax(dim=1))``: a layer after the head (the part
    becomes what the layer makes of it: see :func:`_replace_head`)."""
    receiver = method.receiver
    if not (isinstance(receiver, ApiObject) and receiver.qualname == _HEAD_PART
            and method.name == "append"):
        return None
    added = call.arg(0, "module")
    return MethodResult(UNKNOWN, added) if as_layer(added) is not None else None


def replace_head(ctx: ExtractContext, owner: Value, attr: str, value: Value) -> Value | None:
    """``model.fc = nn.Linear(512, 10)`` on a torchvision model: the new head; the head within
    the part that holds it (``model.heads.head = ...`` of a ViT, ``model.head.fc`` of a timm
    ConvNeXt): the new part, the whole of what comes after the features."""
    if isinstance(owner, ApiObject) and owner.qualname == _HEAD_PART and attr in KT.HEAD_ATTRIBUTES:
        return value
    if not isinstance(owner, Model) or owner.instance is not None or attr not in KT.HEAD_ATTRIBUTES:
        return None
    new = as_layer(value)
    head = apply_layer(ctx, new, owner.head) if new is not None else None
    return replace(owner, head=head)


def reset_classifier(ctx: ExtractContext, method: BoundMethod,
                      call: Call) -> MethodResult | None:
    """timm's ``model.reset_classifier(5)``: a new Linear head of that many logits (none: 0)."""
    name, slot = KT.RESET_CLASSIFIER
    if method.name != name or not isinstance(method.receiver, Model):
        return None
    units = const_int(call.arg(slot.index, slot.name))
    head = make_head("linear", units, ctx.evidence(call.node)) if units else None
    return MethodResult(UNKNOWN, replace(method.receiver, head=head))
