"""Keras extractor: turns Keras API calls into heads, losses, labels and pairings.

Layers fold into a model's head (``Sequential``, ``.add``, functional calls, subclassed
``call()``: the shared mechanics); ``compile()`` pairs the head with a loss and metrics;
``fit()`` adds the labels; calling a loss directly (custom training loops) pairs its two
arguments. What each API means comes from tables.py.
"""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import Evidence, Labels, LegacySpelling, Loss, ModelUse, Pairing
from ...interp.api import Call, ExtractContext, FunctionHandler, Hooks, MethodResult
from ...interp.containers import every_item
from ...interp.values import (
    UNKNOWN, ApiObject, ApiRef, BoundMethod, Const, Dict, Function, Instance, LabelArray,
    LossValue, Model, Partial, Seq, Tensor, Value,
)
from ..shared.activations import make_head
from ..shared.decoders import decode, metric_function_handler
from ..shared.extract import array_hooks
from ..shared.losses import loss_class_handler, loss_function_handler, subclassed_loss_hook
from ..shared.models import (
    activated_layer, as_model_output, layer_handler, model_class_hook, output_head, per_output,
    predictions, run_output_methods, sequential_of_list, stack_change_handler,
)
from ..shared.values import const_flag, const_int, labels_of
from . import datasets, lookups, metrics, padding, sequences
from . import tables as KK


def _input(ctx: ExtractContext, call: Call) -> Value:
    return Tensor(None)


def _functional(ctx: ExtractContext, call: Call) -> Value:
    """``Model(inputs, outputs)`` (Keras 1: ``Model(input=..., output=...)``)."""
    outputs = call.kwargs["output"] if "output" in call.kwargs else call.arg(1, "outputs")
    evidence = ctx.evidence(call.node)
    if isinstance(outputs, Seq) and len(outputs.items) == 1:
        outputs = outputs.items[0]
    if isinstance(outputs, Tensor):
        return Model(evidence, as_model_output(outputs.head))
    each = every_item(outputs)
    if isinstance(each, Tensor):  # [Dense(4, "softmax", name=f"t{i}")(x) for i in range(n)]
        return Model(evidence, as_model_output(each.head), listed=True)
    named: list[tuple[str | None, Value]] = []
    if isinstance(outputs, Seq):
        named = [(t.output_name if isinstance(t, Tensor) else None, t) for t in outputs.items]
    elif isinstance(outputs, Dict):
        named = [(k if isinstance(k, str) else None, t) for k, t in outputs.items]
    heads = tuple((name, as_model_output(t.head) if isinstance(t, Tensor) else None)
                  for name, t in named)
    return Model(evidence, None, outputs=heads,
                 keyed=outputs if isinstance(outputs, Dict) else None)


def _application(ctx: ExtractContext, call: Call) -> Value:
    """``keras.applications.ResNet50(...)``: a softmax classifier unless include_top=False."""
    name = call.qualname.rsplit(".", 1)[-1]
    if not name[:1].isupper():
        return UNKNOWN
    evidence = ctx.evidence(call.node)
    include_top = call.arg(-1, "include_top", Const(True))
    if not (isinstance(include_top, Const) and include_top.value is True):
        return Model(evidence, None)
    classes = const_int(call.arg(-1, "classes", Const(1000)))
    activation = ctx.activation_of(call.arg(-1, "classifier_activation", Const("softmax")))
    head = make_head(activation, classes, evidence) if activation else None
    return Model(evidence, head)


def _task_classifier(ctx: ExtractContext, call: Call) -> Value:
    """``keras_hub.models.ImageClassifier.from_preset(name, num_classes=2)`` (or the
    constructor): a classifier of ``num_classes`` units ending in its ``activation=``, whose
    default is the library's (keras_hub: none, logits; keras_cv: softmax)."""
    package = call.qualname.split(".", 1)[0]
    name = call.qualname.removesuffix(".from_preset").rsplit(".", 1)[-1]
    if not name.endswith("Classifier"):
        return UNKNOWN
    evidence = ctx.evidence(call.node)
    given = call.kwargs.get("activation")
    if given is None:
        kind = next((kind for (owner, kind) in KK.TASK_CLASSIFIER_DEFAULTS
                     if owner == package and name.endswith(kind)), None)
        if kind is None:
            return Model(evidence, None)
        given = Const(KK.TASK_CLASSIFIER_DEFAULTS[package, kind])
    activation = ctx.activation_of(given)
    units = const_int(call.kwargs.get("num_classes", UNKNOWN))
    written = next((arg for arg in call.arg_nodes
                    if arg.keyword is not None and arg.keyword.value == "activation"), None)
    head_evidence = ctx.evidence(written) if written is not None else evidence
    head = make_head(activation, units, head_evidence) if activation else None
    return Model(evidence, head)


# --- losses and metrics -----------------------------------------------------------------


def as_loss(ctx: ExtractContext, value: Value, node: cst.BaseExpression | None) -> Value:
    """What ``compile(loss=...)`` was given, as a LossValue (or a custom Function). compile()
    wraps it, which reconciles (N,) labels with (N, 1) outputs. A string given through a dict
    (``compile(**settings)``) is placed where it is written."""
    node = metrics.written_at(value, node)
    if isinstance(value, Const) and isinstance(value.value, str) and node is not None:
        spec = KK.string_loss(value.value)
        if spec is None:
            return UNKNOWN
        return LossValue(Loss(spec, spec.expects, ctx.evidence(node), reconciles_rank=True),
                         value.value)
    if isinstance(value, ApiRef) and node is not None:
        spec = KK.LOSS_FUNCTIONS.get(value.qualname) or KK.LOSS_CLASSES.get(value.qualname)
        if spec is None:
            return UNKNOWN
        return LossValue(Loss(spec, spec.expects, ctx.evidence(node), reconciles_rank=True),
                         value.qualname)
    if isinstance(value, (LossValue, Function)):
        return value
    if (method := _loss_method(value)) is not None:
        return method  # loss=FocalLoss(gamma=2.0): its call(y_true, y_pred)
    if isinstance(value, Partial) and isinstance(value.func, ApiRef) and node is not None:
        return _partial_loss(ctx, value, value.func, node)
    if isinstance(value, Seq) and len(value.items) == 1:  # loss=["categorical_crossentropy"]
        element = node.elements[0].value if isinstance(node, (cst.List, cst.Tuple)) else None
        return as_loss(ctx, value.items[0], element)
    if isinstance(value, Dict) and len(value.items) == 1:  # loss={"out": ...}, its one output
        entries = metrics.entry_nodes(node, 1)
        return as_loss(ctx, value.items[0][1], entries[0])
    return UNKNOWN


def _loss_method(value: Value) -> Function | None:
    """The method that computes the loss of an instance of the user's Loss subclass."""
    if not (isinstance(value, Instance) and value.cls.base_qualnames() & KK.LOSS_BASES):
        return None
    method = value.cls.method(KK.LOSS_METHOD)
    return Function(method, value) if method is not None else None


def _custom_loss_called(ctx: ExtractContext, func: Value, call: Call) -> Value | None:
    """``loss_fn(y, model(x))`` of the user's Loss subclass: its ``call`` runs on them."""
    method = _loss_method(func)
    if method is None:
        return None
    return ctx.run_function(method, call.args, call.kwargs, call)


def _partial_loss(ctx: ExtractContext, value: Partial, func: ApiRef,
                  node: cst.BaseExpression) -> Value:
    """``functools.partial(keras.losses.categorical_crossentropy, from_logits=True)``: the
    loss function with its options set by keyword (Keras passes y_true, y_pred)."""
    spec = KK.LOSS_FUNCTIONS.get(func.qualname)
    if spec is None or value.args:
        return UNKNOWN
    options = dict(value.kwargs)
    expects = spec.expects
    if spec.logits_flag is not None and spec.logits_flag in options:
        expects = spec.expects_with(const_flag(options[spec.logits_flag]))
    return LossValue(Loss(spec, expects, ctx.evidence(node), reconciles_rank=True), func.qualname)


# --- training ---------------------------------------------------------------------------


def _compile(ctx: ExtractContext, model: Model, call: Call) -> MethodResult:
    loss_value, loss_node = call.arg(1, "loss"), call.arg_node(1, "loss")
    if model.outputs and isinstance(loss_value, (Seq, Dict)):
        loss = _per_output_losses(ctx, loss_value, loss_node)
    else:
        loss = as_loss(ctx, loss_value, loss_node)
    given, given_node = call.kwargs.get("metrics", UNKNOWN), call.arg_node(-1, "metrics")
    measured = metrics.as_metrics(ctx, given, given_node, one_output=not model.outputs)
    site = ctx.evidence(call.node)
    compiled = replace(model, loss=loss, metrics=measured, compiled_at=site,
                       output_metrics=metrics.output_metrics(ctx, model, given, given_node))
    _train(ctx, compiled, site, None, compiled=True)
    return MethodResult(Const(None), compiled)


def _sklearn_wrapper(ctx: ExtractContext, call: Call) -> Value:
    """``KerasClassifier(model=build_model, loss=..., metrics=...)`` (scikeras): the model its
    ``model=`` builds (``model__units=`` routed to the function), compiled with the wrapper's
    loss. (The labels its ``fit`` gets are not the model's: scikeras encodes them to match the
    loss, one-hot for a categorical one.)"""
    built = call.arg(0, "model")
    if isinstance(built, Function):
        routed = {key.removeprefix(KK.ROUTED_TO_MODEL): value for key, value in call.kwargs.items()
                  if key.startswith(KK.ROUTED_TO_MODEL)}
        built = ctx.run_function(built, (), routed)
    if isinstance(built, Model) and call.has(-1, "loss"):
        _compile(ctx, built, replace(call, args=()))
    return ApiObject(call.qualname)


def _legacy_sklearn_wrapper(ctx: ExtractContext, call: Call) -> Value:
    """``KerasClassifier(build_fn=create_model, epochs=10)`` (Keras 2's wrapper): the model
    ``create_model`` builds and compiles, given the wrapper's keywords it takes."""
    build = call.arg(KK.LEGACY_BUILD.index, KK.LEGACY_BUILD.name)
    if not isinstance(build, Function) or not isinstance(build.node, cst.FunctionDef):
        return ApiObject(call.qualname)
    params = build.node.params
    taken = {param.name.value for param in (*params.params, *params.kwonly_params)}
    model = ctx.run_function(build, (), {k: v for k, v in call.kwargs.items() if k in taken})
    return ApiObject(call.qualname, (("model", model),) if isinstance(model, Model) else ())


def _legacy_wrapper_fit(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``clf.fit(X, y)`` of Keras 2's wrapper: its model trained on ``y`` as the wrapper
    hands it over (:func:`_wrapped_labels`)."""
    wrapper = method.receiver
    if not (isinstance(wrapper, ApiObject) and wrapper.qualname in KK.LEGACY_SKLEARN_WRAPPERS
            and method.name == "fit" and isinstance(model := wrapper.kwarg("model"), Model)):
        return None
    given = _wrapped_labels(model, call.arg(1, "y"))
    _fit(ctx, model, "fit", replace(call, args=(call.arg(0, "x"), given), kwargs={
        k: v for k, v in call.kwargs.items() if k not in ("x", "y")}))
    return UNKNOWN


def _wrapped_labels(model: Model, given: Value) -> Value:
    """Class numbers as Keras 2's wrapper hands them to its model: numbered 0..k-1 again
    (``np.searchsorted(classes_, y)``), a column of them made one-hot for the loss named
    ``categorical_crossentropy``; rows of several columns as they are."""
    if not isinstance(given, LabelArray) or given.labels.encoding not in ("index", "binary"):
        return given
    renumbered = replace(given.labels, one_based=False)
    if given.labels.rank == 2:  # (N, 1)
        return LabelArray(renumbered)
    if given.labels.rank != 1:
        return UNKNOWN
    loss = model.loss.loss if isinstance(model.loss, LossValue) else None
    if loss is not None and loss.spec.api in KK.LEGACY_WRAPPER_ONE_HOT and (
            loss.spec.kind != "class"):
        return LabelArray(replace(renumbered, encoding="onehot", rank=2))
    return LabelArray(renumbered)


def _tuner(ctx: ExtractContext, call: Call) -> Value:
    """``kt.RandomSearch(build_model, objective=...)``: a tuner of that hypermodel."""
    slot = KK.TUNER_HYPERMODEL
    return ApiObject(call.qualname, (("hypermodel", call.arg(slot.index, slot.name)),))


def _tuner_methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``tuner.search(x, y)``: the hypermodel's model fitted on x, y (as each trial's is);
    ``hp.Fixed("activation", "softmax")``: that value."""
    receiver = method.receiver
    if not isinstance(receiver, ApiObject):
        return None
    if receiver.qualname == KK.HYPERPARAMETERS and method.name == KK.FIXED_HYPERPARAMETER[0]:
        slot = KK.FIXED_HYPERPARAMETER[1]
        return call.arg(slot.index, slot.name)
    if receiver.qualname not in KK.TUNERS or method.name != KK.TUNER_SEARCH:
        return None
    hypermodel = receiver.kwarg("hypermodel")
    if isinstance(hypermodel, Instance):  # (a HyperModel subclass: its build method)
        build = hypermodel.cls.method("build")
        hypermodel = Function(build, hypermodel) if build is not None else UNKNOWN
    if isinstance(hypermodel, Function):
        model = ctx.run_function(hypermodel, (ApiObject(KK.HYPERPARAMETERS),))
        if isinstance(model, Model):
            _fit(ctx, model, "fit", call)
    return UNKNOWN


def _fit(ctx: ExtractContext, model: Model, name: str, call: Call) -> MethodResult:
    _note_legacy(ctx, call, KK.LEGACY_FIT_KEYWORDS)
    targets = _data_labels(ctx, call, KK.FIT_METHODS[name])
    site = ctx.evidence(call.node)
    _train(ctx, model, site, targets, call.arg(1, "y"))
    validation = call.kwargs.get("validation_data")
    if isinstance(validation, Seq) and len(validation.items) >= 2:
        _train(ctx, model, site, labels_of(validation.items[1]))
    if model.instance is not None:
        for spec in KK.MODEL_CLASSES:
            run_output_methods(ctx, model, model.instance.cls, spec, targets or Labels("unknown"))
    return MethodResult(UNKNOWN, replace(model, labels=targets) if targets is not None else None)


def _data_labels(ctx: ExtractContext, call: Call, first: str) -> Labels | None:
    """The labels ``fit(x, y)`` / ``evaluate(x, y)`` computes the loss on: ``y``, or what the
    data (``first``: its parameter's name) yields, a generator's or a dataset's batches."""
    x = call.arg(0, first)
    return labels_of(call.arg(1, "y")) if call.has(1, "y") else (
        labels_of(x) or sequences.batch_labels(ctx, x))


def _predict_classes(ctx: ExtractContext, model: Model, call: Call) -> Value:
    """``model.predict_classes(x)``: a decoder of the model's predictions (argmax over several
    units, ``> 0.5`` on one)."""
    predictions = Tensor(output_head(model), model)
    units = predictions.head.units if predictions.head is not None else None
    multi_hot = model.labels is not None and model.labels.encoding == "multihot"
    if units == 1:
        decode(ctx, predictions, "threshold", call.node, threshold=0.5)
    elif units is not None or multi_hot:  # (fit on multi-hot rows: several units)
        decode(ctx, predictions, "argmax", call.node)
    return UNKNOWN


def _per_output_losses(ctx: ExtractContext, value: Seq | Dict,
                       node: cst.BaseExpression | None) -> Value:
    """``loss=[...]`` / ``loss={"name": ...}`` of a multi-output model, each entry resolved
    (placed where it is written: in the literal, or, for a list or dict built elsewhere, where
    each string or loss object was)."""
    nodes = metrics.entry_nodes(node, len(value.items))
    if isinstance(value, Seq):
        return Seq(tuple(as_loss(ctx, v, n) for v, n in zip(value.items, nodes)))
    return Dict(tuple((k, as_loss(ctx, v, n)) for (k, v), n in zip(value.items, nodes)))


def _train_outputs(ctx: ExtractContext, model: Model, site: Evidence, y: Value,
                   compiled: bool) -> None:
    """A multi-output model: pair each output with its own loss and labels."""
    for index, (name, head) in enumerate(model.outputs):
        loss = per_output(model.loss, index, name)
        if head is None or not isinstance(loss, LossValue):
            continue
        targets = labels_of(per_output(y, index, name)) if isinstance(y, (Seq, Dict)) else None
        metrics = model.output_metrics[index] if index < len(model.output_metrics) else ()
        ctx.record(Pairing(head.named(model.name), loss.loss, site, targets, metrics,
                           by_place=isinstance(model.loss, Seq),
                           compiled=model.evidence if compiled else None))


def _trains_itself(model: Model) -> bool:
    """A subclassed model whose ``train_step`` computes a loss of its own (never reads the
    compiled one, itself or in the methods of the class it reads: ``self._loss(x, y)``,
    ``jax.value_and_grad(self.compute_loss_and_updates)``): compile()'s loss is not what
    trains it."""
    cls = model.instance.cls if model.instance is not None else None
    step = cls.method(KK.TRAIN_STEP) if cls is not None else None
    if cls is None or step is None:
        return False
    read = _AttributesRead()
    pending, seen = [step], {KK.TRAIN_STEP}
    while pending:
        pending.pop().visit(read)
        for name in read.names - seen:
            seen.add(name)
            method = cls.method(name)
            if method is not None:
                pending.append(method)
    return not read.names & KK.COMPILED_LOSS_ATTRIBUTES


class _AttributesRead(cst.CSTVisitor):
    """Every ``.name`` a piece of code reads."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_Attribute(self, node: cst.Attribute) -> None:
        self.names.add(node.attr.value)


def _train(ctx: ExtractContext, model: Model, site: Evidence, targets: Labels | None,
           y: Value = UNKNOWN, compiled: bool = False) -> None:
    """Pair the model's head with its compiled loss (``compiled``: at the compile() itself)."""
    if _trains_itself(model):
        return
    if not compiled:
        ctx.record(ModelUse(model.evidence, trained=True, compiled_at=model.compiled_at))
    if model.outputs:
        _train_outputs(ctx, model, site, y, compiled)
        return
    head = output_head(model)
    if isinstance(model.loss, LossValue):
        ctx.record(Pairing(head, model.loss.loss, site, targets, model.metrics,
                           compiled=model.evidence if compiled else None))
    elif isinstance(model.loss, Function):
        # A custom loss: run it on these labels (at compile(), labels not known yet) and this
        # head, so its body is checked. Keras wraps it (LossFunctionWrapper), which reconciles
        # (N,) and (N, 1): rank unknown.
        wrapped = LabelArray(replace(targets, rank=None) if targets else Labels("unknown"))
        ctx.run_function(model.loss, (wrapped, Tensor(head, model)))


def _model_methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    receiver, name = method.receiver, method.name
    if isinstance(receiver, Model):
        if name == "compile":
            return _compile(ctx, receiver, call)
        if name in KK.FIT_METHODS:
            return _fit(ctx, receiver, name, call)
        if name in KK.EVALUATE_METHODS:  # (its loss is computed on these labels)
            _train(ctx, receiver, ctx.evidence(call.node),
                   _data_labels(ctx, call, KK.EVALUATE_METHODS[name]), call.arg(1, "y"))
            return None
        if name in KK.PREDICT_METHODS:
            ctx.record(ModelUse(receiver.evidence, trained=False))
            return predictions(receiver)
        if name in KK.CLASS_PREDICT_METHODS:
            return _predict_classes(ctx, receiver, call)
        if name == KK.STATELESS_CALL:  # y_pred, state = model.stateless_call(tv, ntv, x)
            return Seq((predictions(receiver), UNKNOWN))
        return None
    if isinstance(receiver, ApiObject) and receiver.qualname == KK.IMAGE_DATA_GENERATOR:
        return datasets.generator_methods(ctx, name, call)
    return None


def _cloned(ctx: ExtractContext, call: Call) -> Value:
    """``keras.models.clone_model(model)``: a model of the same layers, not compiled yet."""
    model = call.arg(0, "model")
    if not isinstance(model, Model):
        return UNKNOWN
    return replace(model, loss=None, metrics=(), output_metrics=(), labels=None,
                   compiled_at=None)


def _note_legacy(ctx: ExtractContext, call: Call, keywords: frozenset[str]) -> None:
    """Record each of Keras 1's keywords the call passes (tables.LEGACY_KEYWORDS)."""
    for arg in call.arg_nodes:
        if arg.keyword is not None and arg.keyword.value in keywords:
            ctx.record(LegacySpelling(ctx.evidence(arg.keyword), KK.LEGACY_VERSION))


def _history_key(ctx: ExtractContext, value: Value, node: cst.Subscript,
                 indices: tuple[Value, ...]) -> Value | None:
    """``history.history["acc"]``: the key of an old Keras (tables.LEGACY_ACCURACY_KEYS);
    what the subscript gives is left to the others."""
    if (isinstance(node.value, cst.Attribute) and node.value.attr.value == KK.HISTORY_ATTRIBUTE
            and len(indices) == 1 and isinstance(indices[0], Const)
            and indices[0].value in KK.LEGACY_ACCURACY_KEYS):
        ctx.record(LegacySpelling(ctx.evidence(node.slice[0]), KK.LEGACY_ACCURACY_KEY_VERSION,
                                  kind="accuracy key"))
    return None


def _noting_legacy(handler: FunctionHandler) -> FunctionHandler:
    """``handler``, after recording the Keras 1 keywords its call passes."""

    def noting(ctx: ExtractContext, call: Call) -> Value:
        if call.kwargs:
            _note_legacy(ctx, call, KK.LEGACY_KEYWORDS[call.qualname])
        return handler(ctx, call)

    return noting


def _api_object(ctx: ExtractContext, call: Call) -> Value:
    return ApiObject(call.qualname, tuple(call.kwargs.items()))


def hooks() -> Hooks:
    h = array_hooks(KK.ARRAYS)
    h.on(KK.LAYERS, layer_handler(KK.LAYERS))
    h.on(KK.INPUTS, _input)
    h.on(KK.SEQUENTIAL, sequential_of_list)
    h.on(KK.FUNCTIONAL, _functional)
    h.on(KK.LOSS_CLASSES, loss_class_handler(KK.LOSS_CLASSES))
    h.on(KK.SKLEARN_WRAPPERS, _sklearn_wrapper)
    h.on(KK.LEGACY_SKLEARN_WRAPPERS, _legacy_sklearn_wrapper)
    h.methods.append(_legacy_wrapper_fit)
    h.on(KK.TUNERS, _tuner)
    h.methods.append(_tuner_methods)
    h.on(KK.LOSS_FUNCTIONS, loss_function_handler(KK.LOSS_FUNCTIONS))
    h.on(KK.METRIC_CLASSES, metrics.metric_class)
    h.on(KK.METRIC_CALLS, metric_function_handler(KK.METRIC_CALLS))
    h.on(KK.DIRECTORY_DATASETS, datasets.from_directory)
    h.on(KK.WINDOW_DATASETS, datasets.windows)
    h.on([KK.CLONE_MODEL], _cloned)
    h.subscripts.append(sequences.subscripted)
    h.subscripts.append(_history_key)
    h.iteration.append(sequences.iterated)
    h.on([KK.IMAGE_DATA_GENERATOR], _api_object)
    h.on(KK.PADDED_SEQUENCES, padding.padded)
    h.prefixes.append(("keras.datasets.", datasets.load_data))
    h.prefixes.append(("keras.applications.", _application))
    h.prefixes.extend((prefix, activated_layer) for prefix in KK.ACTIVATED_LAYER_PREFIXES)
    h.prefixes.extend((f"{package}.models.", _task_classifier)
                      for package in KK.TASK_CLASSIFIER_PACKAGES)
    h.methods.append(_model_methods)
    h.methods.append(metrics.metric_methods)
    h.callables.append(metrics.metric_called)
    h.callables.append(_custom_loss_called)
    h.on(KK.LOOKUPS, lookups.lookup_layer)
    h.on([KK.CATEGORY_ENCODING], lookups.lookup_layer)
    h.callables.append(lookups.lookup_called)
    h.methods.append(stack_change_handler(KK.STACK_APPENDING, KK.STACK_CHANGING))
    h.constructions.append(subclassed_loss_hook(KK.LOSS_CLASSES))
    h.constructions.append(model_class_hook(KK.MODEL_CLASSES))
    for name in KK.LEGACY_KEYWORDS:
        h.functions[name] = _noting_legacy(h.functions[name])
    h.output_attributes.extend(KK.OUTPUT_ATTRIBUTES)
    return h
