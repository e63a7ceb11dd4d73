"""Keras extractor: turns Keras API calls into heads, losses, labels and pairings.

Layers fold into a model's head (``Sequential``, ``.add``, functional calls, subclassed
``call()``); ``compile()`` pairs the head with a loss and metrics; ``fit()`` adds the labels;
calling a loss directly (custom training loops) pairs its two arguments. What each API means
comes from knowledge/keras.py.
"""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ..facts import (
    LOGITS, PROBS, UNKNOWN as UNKNOWN_ENCODING, ActivationSite, Evidence, Labels,
    Loss, Metric, PositionalOption, Training,
)
from ..interpreter import Call, Handlers, Interpreter, MethodResult
from ..knowledge import keras as KK
from ..knowledge.activations import canonical_activation
from ..values import (
    UNKNOWN, ApiObject, ApiRef, BoundMethod, ClassDef, Const, Dataset, Dict, Function, Instance,
    Layer, LabelArray, LossValue, MetricValue, Model, Seq, Tensor, Value,
)
from .common import const_float, const_int
from .models import (
    apply_activation, apply_layer, as_layer, as_model_output, fold_layers, labels_of, make_head, output_head,
    pair_loss_call,
)

_DATASET_METHODS = frozenset({"batch", "shuffle", "prefetch", "cache", "repeat", "take", "skip",
                              "unbatch", "padded_batch", "with_options", "rebatch"})
_PREDICT_METHODS = frozenset({"predict", "predict_on_batch", "predict_step"})
_FIT_METHODS = frozenset({"fit", "fit_generator", "train_on_batch"})


# --- activations and heads --------------------------------------------------------------


def activation_of(value: Value) -> str | None:
    """The canonical activation named by an ``activation=`` value; None when not known."""
    if isinstance(value, Const):
        if value.value is None:
            return "linear"
        if isinstance(value.value, str):
            return canonical_activation(value.value)
        return None
    if isinstance(value, ApiRef):
        return KK.ACTIVATION_FUNCTIONS.get(value.qualname)
    return None


def _layer(interp: Interpreter, call: Call) -> Value:
    layer = _unnamed_layer(interp, call)
    name = call.kwargs.get("name")
    if isinstance(layer, Layer) and isinstance(name, Const) and isinstance(name.value, str):
        return replace(layer, name=name.value)
    return layer


def _unnamed_layer(interp: Interpreter, call: Call) -> Value:
    spec = KK.LAYERS[call.qualname]
    evidence = interp.evidence(call.node)
    if spec.role == "wrapper":
        inner = call.arg(0, "layer")
        return inner if isinstance(inner, Layer) else Layer(call.qualname, evidence, "unknown")
    if spec.role == "dense":
        units = const_int(call.arg(*spec.units_param))
        act_value = call.arg(*spec.activation_param, default=Const(None))
        activation = activation_of(act_value)
        if activation is None:
            return Layer(call.qualname, evidence, "unknown")
        layer = Layer(call.qualname, evidence, "dense", activation, units)
        head = make_head(activation, units, evidence)
        if head is not None and activation in ("softmax", "log_softmax"):
            interp.facts.activations.append(ActivationSite(head))
        return layer
    if spec.role in ("activation", "normalization"):
        activation = spec.activation
        if activation is None:
            activation = activation_of(call.arg(*spec.activation_param))
        if activation is None:
            return Layer(call.qualname, evidence, "unknown")
        axis = const_int(call.arg(0, "axis", Const(-1))) if activation == "softmax" and spec.activation else -1
        return Layer(call.qualname, evidence, spec.role, activation, axis=axis)
    return Layer(call.qualname, evidence, spec.role)


def _input(interp: Interpreter, call: Call) -> Value:
    return Tensor(None)


def _sequential(interp: Interpreter, call: Call) -> Value:
    layers = call.arg(0, "layers", Seq(()))
    evidence = interp.evidence(call.node)
    if not isinstance(layers, Seq):
        return Model(evidence, None)
    return Model(evidence, fold_layers(interp, layers.items))


def _functional(interp: Interpreter, call: Call) -> Value:
    outputs = call.arg(1, "outputs")
    evidence = interp.evidence(call.node)
    if isinstance(outputs, Seq) and len(outputs.items) == 1:
        outputs = outputs.items[0]
    if isinstance(outputs, Tensor):
        return Model(evidence, as_model_output(outputs.head))
    named: list[tuple[str | None, Value]] = []
    if isinstance(outputs, Seq):
        named = [(t.output_name if isinstance(t, Tensor) else None, t) for t in outputs.items]
    elif isinstance(outputs, Dict):
        named = [(k if isinstance(k, str) else None, t) for k, t in outputs.items]
    heads = tuple((name, as_model_output(t.head) if isinstance(t, Tensor) else None)
                  for name, t in named)
    return Model(evidence, None, outputs=heads)


def _application(interp: Interpreter, call: Call) -> Value:
    """``keras.applications.ResNet50(...)``: a softmax classifier unless include_top=False."""
    name = call.qualname.rsplit(".", 1)[-1]
    if not name[:1].isupper():
        return UNKNOWN
    evidence = interp.evidence(call.node)
    include_top = call.arg(-1, "include_top", Const(True))
    if not (isinstance(include_top, Const) and include_top.value is True):
        return Model(evidence, None)
    classes = const_int(call.arg(-1, "classes", Const(1000)))
    activation = activation_of(call.arg(-1, "classifier_activation", Const("softmax")))
    head = make_head(activation, classes, evidence) if activation else None
    return Model(evidence, head)


def _activation_function(interp: Interpreter, call: Call) -> Value:
    """``tf.nn.softmax(x, axis=...)``: an activation applied inline to a tensor."""
    activation = KK.ACTIVATION_FUNCTIONS[call.qualname]
    if not call.args and not {"x", "logits"} & call.kwargs.keys():
        return UNKNOWN  # the function itself, passed around (activation=tf.nn.softmax)
    source = call.args[0] if call.args else call.kwargs.get("x", call.kwargs.get("logits"))
    axis = -1
    if activation in ("softmax", "log_softmax"):
        axis = const_int(call.arg(1, "axis", Const(-1)))
        if axis is None:
            return UNKNOWN  # an axis we cannot read: nothing to claim about this softmax
    return apply_activation(interp, call.node, activation, source, axis)


# --- losses and metrics -----------------------------------------------------------------


def _flag(value: Value) -> bool | None:
    if isinstance(value, Const) and isinstance(value.value, bool):
        return value.value
    if isinstance(value, Const) and value.value is None:
        return False
    return None


def _configured_loss(interp: Interpreter, call: Call, spec: KK.LossSpec, offset: int) -> Loss:
    """A Loss from a constructor or function call; records options that landed positionally
    in the wrong parameter."""
    index = {name: i + offset for i, name in enumerate(spec.params)}
    misplaced: set[str] = set()
    for name, meant in spec.flags:
        if name not in index or name in call.kwargs or call.has_star_args:
            continue
        value = call.arg(index[name], name)
        if const_float(value) is not None:  # a number, not a bool, where a flag goes
            node = call.arg_node(index[name], name)
            if node is None:
                continue
            misplaced.add(name)
            interp.facts.positional_options.append(PositionalOption(
                callee=call.qualname.rsplit(".", 1)[-1], parameter=name, meant=meant,
                value=interp.evidence(node)))
    from_logits: bool | None = spec.from_logits_default
    flag_node = None
    if "from_logits" in index:
        if call.has(index["from_logits"], "from_logits"):
            value = call.arg(index["from_logits"], "from_logits")
            flag_node = call.arg_node(index["from_logits"], "from_logits")
            from_logits = _flag(value)
            if from_logits is None and const_float(value) is not None:
                from_logits = bool(const_float(value))
    axis = -1
    if "axis" in index:
        axis = const_int(call.arg(index["axis"], "axis", Const(-1)))
    if call.has_star_args or "from_logits" in misplaced:
        from_logits = None  # XL502 reports the misplaced value; what was meant is unknown
    return keras_loss(spec.family, from_logits, interp.evidence(call.node), logits_flag=flag_node,
                      axis=axis)


def keras_loss(family: str, from_logits: bool | None, evidence: Evidence, **options) -> Loss:
    """A Keras loss: ``from_logits`` decides what it expects (strings always mean False)."""
    if family == "regression":
        expects = None
    else:
        expects = {True: LOGITS, False: PROBS}.get(from_logits)
    return Loss(family, expects, evidence, framework="keras", **options)


def _loss_class(interp: Interpreter, call: Call) -> Value:
    spec = KK.LOSS_CLASSES[call.qualname]
    return LossValue(_configured_loss(interp, call, spec, 0), call.qualname)


def _loss_function_call(interp: Interpreter, call: Call) -> Value:
    spec = KK.LOSS_FUNCTIONS[call.qualname]
    loss = replace(_configured_loss(interp, call, spec, 2), reconciles_rank=False)
    names = ("target", "output") if call.qualname.startswith("keras.ops.") else ("y_true", "y_pred")
    pair_loss_call(interp, loss, call, (0, names[0]), (1, names[1]))
    return Tensor(None)


def as_loss(interp: Interpreter, value: Value, node: cst.BaseExpression | None) -> Value:
    """What ``compile(loss=...)`` was given, as a LossValue (or a custom Function)."""
    if isinstance(value, Const) and isinstance(value.value, str) and node is not None:
        family = KK.LOSS_STRINGS.get(value.value.lower())
        if family is None:
            return UNKNOWN
        return LossValue(keras_loss(family, False, interp.evidence(node)), value.value)
    if isinstance(value, ApiRef) and node is not None:
        spec = KK.LOSS_FUNCTIONS.get(value.qualname)
        if spec is None:
            spec = KK.LOSS_CLASSES.get(value.qualname)
            if spec is None:
                return UNKNOWN
        return LossValue(keras_loss(spec.family, spec.from_logits_default, interp.evidence(node)),
                         value.qualname)
    if isinstance(value, (LossValue, Function)):
        return value
    if isinstance(value, Seq) and len(value.items) == 1:  # loss=["categorical_crossentropy"]
        element = node.elements[0].value if isinstance(node, (cst.List, cst.Tuple)) else None
        return as_loss(interp, value.items[0], element)
    return UNKNOWN


def as_metrics(interp: Interpreter, value: Value, node: cst.BaseExpression | None) -> tuple[Metric, ...]:
    if not isinstance(value, Seq):
        return ()
    elements = node.elements if isinstance(node, (cst.List, cst.Tuple)) else [None] * len(value.items)
    if len(elements) != len(value.items):
        elements = [None] * len(value.items)
    metrics = []
    for item, element in zip(value.items, elements):
        if isinstance(item, MetricValue):
            metrics.append(item.metric)
        elif isinstance(item, Const) and isinstance(item.value, str) and element is not None:
            name = KK.METRIC_STRINGS.get(item.value.lower())
            if name is not None:
                metrics.append(Metric(name, interp.evidence(element.value)))
        elif isinstance(item, ApiRef) and element is not None and item.qualname in KK.METRIC_FUNCTIONS:
            metrics.append(Metric(KK.METRIC_FUNCTIONS[item.qualname], interp.evidence(element.value)))
    return tuple(metrics)


def _metric_class(interp: Interpreter, call: Call) -> Value:
    spec = KK.METRIC_CLASSES[call.qualname]
    index = {name: i for i, name in enumerate(spec.params)}
    from_logits = None
    if "from_logits" in index:
        from_logits = _flag(call.arg(index["from_logits"], "from_logits", Const(False)))
    threshold = None
    if "threshold" in index:
        threshold = const_float(call.arg(index["threshold"], "threshold", Const(0.5)))
    elif "thresholds" in index:
        value = call.arg(index["thresholds"], "thresholds", Const(0.5))
        threshold = 0.5 if isinstance(value, Const) and value.value is None else const_float(value)
    return MetricValue(Metric(spec.name, interp.evidence(call.node), from_logits, threshold))


def _compile(interp: Interpreter, model: Model, call: Call) -> MethodResult:
    loss_value, loss_node = call.arg(1, "loss"), call.arg_node(1, "loss")
    if model.outputs and isinstance(loss_value, (Seq, Dict)):
        loss = _per_output_losses(interp, loss_value, loss_node)
    else:
        loss = as_loss(interp, loss_value, loss_node)
    metrics = as_metrics(interp, call.kwargs.get("metrics", UNKNOWN), call.arg_node(-1, "metrics"))
    site = interp.evidence(call.node)
    compiled = replace(model, loss=loss, metrics=metrics)
    _train(interp, compiled, site, None)
    return MethodResult(Const(None), compiled)


def _fit(interp: Interpreter, model: Model, call: Call) -> MethodResult:
    x = call.arg(0, "x")
    y = call.arg(1, "y")
    labels = labels_of(y) if call.has(1, "y") else labels_of(x)
    site = interp.evidence(call.node)
    _train(interp, model, site, labels, y)
    validation = call.kwargs.get("validation_data")
    if isinstance(validation, Seq) and len(validation.items) >= 2:
        _train(interp, model, site, labels_of(validation.items[1]))
    return MethodResult(UNKNOWN, replace(model, labels=labels) if labels is not None else None)


def _per_output_losses(interp: Interpreter, value: Seq | Dict, node: cst.BaseExpression | None) -> Value:
    """``loss=[...]`` / ``loss={"name": ...}`` of a multi-output model, each entry resolved."""
    if isinstance(value, Seq):
        nodes = [e.value for e in node.elements] if isinstance(node, (cst.List, cst.Tuple)) else []
        if len(nodes) != len(value.items):
            return UNKNOWN
        return Seq(tuple(as_loss(interp, v, n) for v, n in zip(value.items, nodes)))
    nodes = [e.value for e in node.elements] if isinstance(node, cst.Dict) else []
    if len(nodes) != len(value.items):
        return UNKNOWN
    return Dict(tuple((k, as_loss(interp, v, n)) for (k, v), n in zip(value.items, nodes)))


def _pick(value: Value, index: int, name: str | None) -> Value:
    """The entry of a per-output list or dict that belongs to output ``index`` / ``name``."""
    if isinstance(value, Seq):
        return value.items[index] if index < len(value.items) else UNKNOWN
    if isinstance(value, Dict):
        return value.get(name) if name is not None else UNKNOWN
    return value


def _train_outputs(interp: Interpreter, model: Model, site: Evidence, y: Value) -> None:
    """A multi-output model: pair each output with its own loss and labels."""
    for index, (name, head) in enumerate(model.outputs):
        loss = _pick(model.loss, index, name)
        if head is None or not isinstance(loss, LossValue):
            continue
        labels = labels_of(_pick(y, index, name)) if isinstance(y, (Seq, Dict)) else None
        interp.facts.trainings.append(Training(head.named(model.name), loss.loss, site, labels))


def _train(interp: Interpreter, model: Model, site: Evidence, labels: Labels | None,
           y: Value = UNKNOWN) -> None:
    if model.outputs:
        _train_outputs(interp, model, site, y)
        return
    head = output_head(model)
    if isinstance(model.loss, LossValue):
        interp.facts.trainings.append(Training(head, model.loss.loss, site, labels, model.metrics))
    elif isinstance(model.loss, Function) and labels is not None:
        # A custom loss: run it on these labels and this head, so its body is checked. Keras
        # wraps it (LossFunctionWrapper), which reconciles (N,) and (N, 1): rank unknown.
        wrapped = LabelArray(replace(labels, rank=None))
        interp.call_function(model.loss, (wrapped, Tensor(head, model)), {}, None)


def _add(interp: Interpreter, model: Model, call: Call) -> MethodResult:
    layer = as_layer(call.arg(0, "layer"))
    if layer is None:
        return MethodResult(Const(None), replace(model, head=None))
    return MethodResult(Const(None), replace(model, head=apply_layer(interp, layer, model.head)))


def _model_methods(interp: Interpreter, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    receiver, name = method.receiver, method.name
    if isinstance(receiver, Model):
        if name == "compile":
            return _compile(interp, receiver, call)
        if name in _FIT_METHODS:
            return _fit(interp, receiver, call)
        if name in _PREDICT_METHODS:
            return Tensor(output_head(receiver), receiver)
        if name == "add":
            return _add(interp, receiver, call)
        return None
    if isinstance(receiver, Dataset):
        if name in _DATASET_METHODS:
            return receiver
        if name == "map":
            return Dataset(Labels(UNKNOWN_ENCODING) if receiver.labels else None)
        return None
    if isinstance(receiver, ApiObject) and receiver.qualname == "keras.preprocessing.image.ImageDataGenerator":
        if name in KK.GENERATOR_METHODS:
            param, default = KK.GENERATOR_METHODS[name]
            return _directory_dataset(interp, call, param, default)
        if name == "flow":
            return Dataset(labels_of(call.arg(1, "y")), interp.evidence(call.node))
    return None


# --- datasets -----------------------------------------------------------------------------


def _load_data(interp: Interpreter, call: Call) -> Value:
    if call.qualname not in KK.DATASETS:
        return UNKNOWN
    encoding, n_classes, rank, dtype = KK.DATASETS[call.qualname]
    if call.qualname.endswith("cifar100.load_data"):
        mode = call.arg(0, "label_mode", Const("fine"))
        n_classes = {"fine": 100, "coarse": 20}.get(mode.value) if isinstance(mode, Const) else None
    labels = LabelArray(Labels(encoding, interp.evidence(call.node), n_classes,
                               n_evidence=interp.evidence(call.node), rank=rank, dtype=dtype))
    return Seq((Seq((UNKNOWN, labels)), Seq((UNKNOWN, labels))))


def _directory_dataset(interp: Interpreter, call: Call, param: str, default: str) -> Value:
    mode = call.arg(-1, param, Const(default))
    if not isinstance(mode, Const):
        return Dataset(Labels(UNKNOWN_ENCODING))
    if mode.value is None:
        return Dataset(None)
    encoding = KK.LABEL_MODES.get(mode.value, UNKNOWN_ENCODING)
    node = call.arg_node(-1, param) or call.node
    n_classes = None
    class_names = call.kwargs.get("class_names") or call.kwargs.get("classes")
    if isinstance(class_names, Seq):
        n_classes = len(class_names.items)
    return Dataset(Labels(encoding, interp.evidence(node), n_classes), interp.evidence(call.node))


def _dataset_from_directory(interp: Interpreter, call: Call) -> Value:
    param, default = KK.DIRECTORY_DATASETS[call.qualname]
    return _directory_dataset(interp, call, param, default)


def _from_tensor_slices(interp: Interpreter, call: Call) -> Value:
    data = call.arg(0, "tensors")
    if isinstance(data, Seq) and len(data.items) == 2:
        return Dataset(labels_of(data.items[1]) or Labels(UNKNOWN_ENCODING), interp.evidence(call.node))
    return Dataset(Labels(UNKNOWN_ENCODING) if isinstance(data, Seq) else None)


def _api_object(interp: Interpreter, call: Call) -> Value:
    return ApiObject(call.qualname, tuple(call.kwargs.items()))


def _keras_classes(interp: Interpreter, cls: ClassDef, instance: Instance,
                   call: Call | None) -> Value | None:
    """An instance of a ``keras.Model`` subclass is a model whose head ``call()`` returns, or,
    for a subclass that only customises training, the ``outputs`` it was constructed with."""
    if not cls.base_qualnames() & KK.MODEL_CLASSES:
        return None
    node = call.node if call is not None else cls.node.name
    model = Model(interp.evidence(node), None, instance=instance)
    method = cls.method("call")
    head = None
    if method is not None:
        # `training` is unknown: a softmax applied only when not training is no training head.
        result = interp.call_function(Function(method, model),
                                      (Tensor(None),), {"training": UNKNOWN}, None)
        if isinstance(result, Tensor):
            head = result.head
    elif call is not None and cls.method("__init__") is None:
        outputs = call.arg(1, "outputs")
        if isinstance(outputs, Tensor):
            head = outputs.head
    return replace(model, head=as_model_output(head))


def handlers() -> Handlers:
    h = Handlers()
    h.on(KK.LAYERS, _layer)
    h.on(KK.INPUTS, _input)
    h.on(KK.SEQUENTIAL, _sequential)
    h.on(KK.FUNCTIONAL, _functional)
    h.on(KK.LOSS_CLASSES, _loss_class)
    h.on(KK.LOSS_FUNCTIONS, _loss_function_call)
    h.on(KK.METRIC_CLASSES, _metric_class)
    h.on(KK.ACTIVATION_FUNCTIONS, _activation_function)
    h.on(KK.DIRECTORY_DATASETS, _dataset_from_directory)
    h.on(["keras.preprocessing.image.ImageDataGenerator"], _api_object)
    h.on(["tensorflow.data.Dataset.from_tensor_slices"], _from_tensor_slices)
    h.on(["tensorflow.data.Dataset.from_tensors"], _from_tensor_slices)
    h.prefixes.append(("keras.datasets.", _load_data))
    h.prefixes.append(("keras.applications.", _application))
    h.methods.append(_model_methods)
    h.class_bases.append(_keras_classes)
    return h

