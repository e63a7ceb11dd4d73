"""Libraries that run the training loop: what they do with the model, the loss and the data
handed to them.

Lightning's ``Trainer.fit(model, loaders)`` runs the model's steps on the loaders' batches;
``accelerator.prepare(...)`` gives its arguments back; ignite, fastai, skorch, poutyne and
torchbearer call the loss they are given on the model's output (``loss(model(x), y)``), so
handing them a model and a loss pairs the two there (KT.SUPERVISED_TRAINERS).
"""

from __future__ import annotations

import libcst as cst

from ...facts import Labels, Loss, Pairing
from ...interp.api import Call, ExtractContext, Hooks, MethodResult
from ...interp.values import (
    UNKNOWN, ApiObject, ApiRef, BoundMethod, ClassDef, Const, Dataset, Dict, Frame, Function,
    Instance, LabelArray, LossValue, Model, Scalar, Seq, Tail, Tensor, Value,
)
from ..shared import labels
from ..shared.options import namespace_of
from ..shared.models import output_head, predictions
from ..specs import Slot, Trainer
from . import tables as KT
from .datasets import dict_batches


def _trainer_fit(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``trainer.fit(model, train_loader)`` / ``fit(model, datamodule=dm)``: the model's steps
    run on those loaders' batches (what its labels are, then); a data module prepares its
    data sets first (``setup("fit")``), as the trainer has it do."""
    receiver = method.receiver
    if not (isinstance(receiver, ApiObject) and receiver.qualname == KT.TRAINER
            and method.name in ("fit", KT.TRAINER_PREDICT)):
        return None
    model = call.arg(0, "model")
    if not isinstance(model, Model) or model.instance is None:
        return UNKNOWN
    if method.name == KT.TRAINER_PREDICT:
        return _predicted(ctx, model, call)
    given = call.args[1] if len(call.args) == 2 else None  # (fit(model, dm): in the loaders')
    datamodule = call.kwargs.get("datamodule", given if isinstance(given, Instance) else None)
    if isinstance(datamodule, Instance):
        for name, args in KT.DATAMODULE_PREPARATION.items():
            prepare = datamodule.cls.method(name)
            if prepare is not None:
                ctx.run_function(Function(prepare, datamodule), tuple(map(Const, args)))
    for step, (slot, loader_method) in KT.TRAINER_LOADERS.items():
        node = model.instance.cls.method(step)
        loader = call.arg(slot.index, slot.name) if call.has(slot.index, slot.name) else None
        if loader is datamodule:
            loader = None
        if loader is None and isinstance(datamodule, Instance):
            made = datamodule.cls.method(loader_method)
            loader = ctx.run_function(Function(made, datamodule), ()) if made else None
        if node is None or not isinstance(loader, Dataset):
            continue
        batch = labels.iterate_dataset(ctx, loader)
        if batch is not None:
            ctx.run_function(Function(node, model), (batch, Scalar()))
    return UNKNOWN


def _predicted(ctx: ExtractContext, model: Model, call: Call) -> Value:
    """``trainer.predict(model, loader)``: a list of what the model's ``predict_step`` returns
    for each batch (``torch.cat`` of it: the predictions)."""
    assert model.instance is not None
    step = model.instance.cls.method(KT.PREDICT_STEP)
    if step is None:
        return UNKNOWN
    loader = call.arg(1, "dataloaders")
    batch = labels.iterate_dataset(ctx, loader) if isinstance(loader, Dataset) else None
    result = ctx.run_function(Function(step, model), (batch or UNKNOWN, Scalar()))
    return Tail.repeating((result,)) if isinstance(result, Tensor) else Tail(())


def _preparing(ctx: ExtractContext, call: Call) -> Value:
    """``Accelerator()``, ``Fabric()``, Lightning's ``Trainer()``: an object whose methods are
    read by name (:func:`_prepared`, :func:`_trainer_fit`)."""
    return ApiObject(call.qualname)


def _prepared(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``model, optimizer, loader = accelerator.prepare(model, optimizer, loader)``."""
    receiver = method.receiver
    if not (isinstance(receiver, ApiObject)
            and method.name in KT.PREPARING.get(receiver.qualname, ())):
        return None
    if call.has_star_args or not call.args:
        return UNKNOWN
    return call.args[0] if len(call.args) == 1 else Seq(call.args)


_PAIRED = "paired"  # (a net whose model and loss were paired where it was built)


def _supervised_trainer(ctx: ExtractContext, call: Call) -> Value:
    """``create_supervised_trainer(model, optimizer, criterion)``, ``Learner(dls, model,
    loss_func=...)``, ``NeuralNetClassifier(Net, criterion=nn.CrossEntropyLoss)``: the model
    is trained on that loss (on the labels its ``fit`` is given, for a net that hands them
    to the loss as they are)."""
    trainer = KT.SUPERVISED_TRAINERS[call.qualname]
    model = _model(ctx, trainer, call)
    loss = _loss(ctx, trainer, call)
    if not (isinstance(model, Model) and model.head is not None and loss is not None):
        return ApiObject(call.qualname)
    kept = (("model", model), ("loss", LossValue(loss, "")))
    if not call.has(trainer.loss.index, trainer.loss.name):
        # The library's default: paired where this net itself is trained, as it may be set
        # otherwise before (set_params, a grid search or a pipeline's parameters)
        return ApiObject(call.qualname, kept)
    _pair(ctx, model, loss, call.node)
    return ApiObject(call.qualname, (*kept, (_PAIRED, Const(True))))


def _pair(ctx: ExtractContext, model: Model, loss: Loss, node: cst.CSTNode,
          targets: Labels | None = None) -> None:
    head = model.head.named(model.name) if model.head is not None and model.name else model.head
    ctx.record(Pairing(head, loss, ctx.evidence(node), targets))


def _trained_net(ctx: ExtractContext, method: BoundMethod,
                 call: Call) -> MethodResult | Value | None:
    """``net.fit(X, y)``: the net's loss (given, or its library's default) trains its model,
    on ``y`` (skorch's). ``net.set_params(...)`` may set another loss: then it is not known."""
    net = method.receiver
    if not (isinstance(net, ApiObject) and net.qualname in KT.SUPERVISED_TRAINERS):
        return None
    if method.name in KT.RECONFIGURING_METHODS:
        return MethodResult(UNKNOWN, ApiObject(net.qualname))
    if method.name not in KT.TRAINING_METHODS:
        return None
    _fitted(ctx, net, call, KT.FIT_LABELS)
    return UNKNOWN


def _fitted(ctx: ExtractContext, net: Value, call: Call, labels_slot: Slot) -> None:
    """A net of a library's, fitted (by its ``fit``, or by scikit-learn's model selection):
    its loss trains its model, on the labels given when the net passes them on as they are
    (skorch's)."""
    if not (isinstance(net, ApiObject) and net.qualname in KT.SUPERVISED_TRAINERS):
        return
    model, loss = net.kwarg("model"), net.kwarg("loss")
    if not (isinstance(model, Model) and isinstance(loss, LossValue)):
        return
    given = call.arg(labels_slot.index, labels_slot.name) \
        if KT.SUPERVISED_TRAINERS[net.qualname].labels_passed else UNKNOWN
    if isinstance(given, LabelArray):
        _pair(ctx, model, loss.loss, call.node, given.labels)
    elif net.kwarg(_PAIRED) != Const(True):
        _pair(ctx, model, loss.loss, loss.loss.evidence.node)


def _cross_validated(ctx: ExtractContext, call: Call) -> Value:
    """``cross_val_score(net, X, y)``: the net is fitted, as ``net.fit(X, y)`` is."""
    _fitted(ctx, call.arg(0, "estimator"), call, KT.CROSS_VALIDATION_LABELS)
    return UNKNOWN


def _pipeline(ctx: ExtractContext, call: Call) -> Value:
    """``Pipeline([("scale", StandardScaler()), ("net", net)])``, ``make_pipeline(scaler,
    net)``: fitted, a pipeline fits its last step on the labels it is given (the steps
    before only transform ``X``); of a net, it is that net (UNKNOWN: another estimator)."""
    if call.has_star_args:
        return UNKNOWN
    last = call.args[-1] if call.args else UNKNOWN
    if call.qualname == KT.PIPELINE:
        steps = call.arg(0, "steps")
        step = steps.items[-1] if isinstance(steps, Seq) and steps.items else UNKNOWN
        last = step.items[1] if isinstance(step, Seq) and len(step.items) == 2 else UNKNOWN
    return last if isinstance(last, ApiObject) and last.qualname in KT.SUPERVISED_TRAINERS \
        else UNKNOWN


def _ignite_metric(ctx: ExtractContext, call: Call) -> Value:
    """``Accuracy(output_transform=fn)`` of ignite: a metric that reads what ``fn`` makes of
    its evaluator's output."""
    return ApiObject(call.qualname, ((KT.IGNITE_TRANSFORM, call.kwargs.get(KT.IGNITE_TRANSFORM,
                                                                           UNKNOWN)),))


def _ignite_evaluator(ctx: ExtractContext, call: Call) -> Value:
    """``create_supervised_evaluator(model, metrics={...})``: each batch's output is
    ``(y_pred, y)`` (or what its ``output_transform(x, y, y_pred)`` makes), which each
    metric's ``output_transform`` is run on (``torch.round(y_pred)`` of logits: XL403)."""
    model, metrics = call.arg(0, "model"), call.kwargs.get("metrics")
    if not isinstance(model, Model) or not isinstance(metrics, Dict):
        return ApiObject(call.qualname)
    prediction, made = predictions(model), call.kwargs.get(KT.IGNITE_TRANSFORM)
    output = Seq((prediction, UNKNOWN)) if made is None else ctx.run_function(
        made, (UNKNOWN, UNKNOWN, prediction)) if isinstance(made, Function) else UNKNOWN
    for _, metric in metrics.items:
        transform = metric.kwarg(KT.IGNITE_TRANSFORM) if isinstance(metric, ApiObject) else None
        if isinstance(transform, Function) and output is not UNKNOWN:
            ctx.run_function(transform, (output,))
    return ApiObject(call.qualname)


def _search(ctx: ExtractContext, call: Call) -> Value:
    """``GridSearchCV(net, {"lr": [...]})``: a search that fits the net with each setting;
    one whose grid may change its loss or module (``criterion``, ``module``) is not known."""
    estimator, grid = (call.arg(slot.index, slot.name) for slot in KT.SEARCHES[call.qualname])
    grids = grid.items if isinstance(grid, Seq) else (grid,)
    keys = [key for each in grids if isinstance(each, Dict) for key, _ in each.items]
    if not grids or not all(isinstance(each, Dict) for each in grids) or any(
            not isinstance(key, str) or key.split("__")[0] in KT.SEARCH_CHANGING_LOSS
            and not key.startswith("module__") for key in keys):
        return UNKNOWN
    return ApiObject(call.qualname, (("estimator", estimator),))


def _searched(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``search.fit(X, y)``: the net it searches over is fitted."""
    search = method.receiver
    if not (isinstance(search, ApiObject) and search.qualname in KT.SEARCHES
            and method.name in KT.TRAINING_METHODS):
        return None
    _fitted(ctx, search.kwarg("estimator"), call, KT.FIT_LABELS)
    return UNKNOWN


def _net_attribute_set(ctx: ExtractContext, owner: Value, attr: str,
                       value: Value) -> Value | None:
    """``net.criterion = nn.CrossEntropyLoss``: the net's loss is no longer its default."""
    if isinstance(owner, ApiObject) and owner.qualname in KT.SUPERVISED_TRAINERS:
        return ApiObject(owner.qualname)
    return None


def _model(ctx: ExtractContext, trainer: Trainer, call: Call) -> Value:
    """The model handed over; a class of the user's is built as the library builds it, with
    the keywords meant for it (skorch's ``module__hidden=64``)."""
    given = call.arg(trainer.model.index, trainer.model.name)
    if not isinstance(given, ClassDef):
        return given
    prefix = trainer.model_keywords
    if prefix is None or call.has_star_args:
        return ctx.construct(given, None)
    kwargs = {name[len(prefix):]: value for name, value in call.kwargs.items()
              if name.startswith(prefix)}
    built = Call(call.node, (), kwargs, tuple(
        arg for arg in call.arg_nodes if arg.keyword is not None
        and arg.keyword.value.startswith(prefix)))
    return ctx.construct(given, built)


def _loss(ctx: ExtractContext, trainer: Trainer, call: Call) -> Loss | None:
    """The loss handed over (an object, or a class the library instantiates with its
    defaults), or the one the library uses when given none."""
    slot = trainer.loss
    given = call.arg(slot.index, slot.name)
    node: cst.CSTNode | None = call.arg_node(slot.index, slot.name)
    if not call.has(slot.index, slot.name):
        if trainer.default_loss is None:
            return None
        qualname, node = trainer.default_loss, call.node
    elif isinstance(given, (LossValue, ApiRef)):
        qualname = given.qualname
    else:
        return None
    logged = trainer.logged.get(qualname)
    if isinstance(given, LossValue) and logged is None:
        return given.loss  # (configured where it was made)
    spec = KT.LOGGED_LOSSES[logged] if logged is not None else (
        KT.LOSS_CLASSES.get(qualname) or KT.LOSS_FUNCTIONS.get(qualname))
    if spec is None or node is None:
        return None
    return Loss(spec, spec.expects, ctx.evidence(node))


def _hf_trainer(ctx: ExtractContext, call: Call) -> Value:
    """``Trainer(model=model, train_dataset=ds, compute_metrics=fn)``: the model computes its
    own loss on the labels of the dataset's batches; ``fn`` decodes that model's logits."""
    model = call.arg(KT.HF_TRAINER_MODEL.index, KT.HF_TRAINER_MODEL.name)
    node = call.arg_node(KT.HF_TRAINER_DATA.index, KT.HF_TRAINER_DATA.name)
    if isinstance(model, Model) and model.library_class and node is not None:
        batches = _training_batches(ctx, call)
        given = next((found for name in KT.TRAINER_LABEL_COLUMNS
                      if (found := batches.column(name)) is not None),
                     None) if isinstance(batches, Frame) else None
        loss = _own_loss(model, given.labels) if isinstance(given, LabelArray) else None
        if loss is not None and isinstance(given, LabelArray):
            ctx.record(Pairing(output_head(model), loss, ctx.evidence(node), given.labels))
    _evaluated(ctx, model, call)
    return ApiObject(call.qualname)


def _training_batches(ctx: ExtractContext, call: Call) -> Value:
    """What a Hugging Face Trainer's steps get of its ``train_dataset``: batches of its dict
    items (UNKNOWN: none given, or not dicts)."""
    data = call.arg(KT.HF_TRAINER_DATA.index, KT.HF_TRAINER_DATA.name)
    return dict_batches(ctx, data, call.node) if data is not UNKNOWN else UNKNOWN


def _own_loss(model: Model, given: Labels) -> Loss | None:
    """The loss a Hugging Face classifier computes on the labels of its batches: its
    ``problem_type``'s, else, over several labels, cross-entropy for integer class indices (a
    float target makes it multi-label)."""
    if isinstance(model.loss, LossValue):
        return model.loss.loss
    units = model.head.units if model.head is not None else None
    if units is None or units < 2 or not (given.dtype in ("int64", "int32") or (
            given.dtype is None and given.encoding in ("index", "binary"))):
        return None
    spec = KT.LOSS_CLASSES[KT.PROBLEM_TYPE_LOSSES["single_label_classification"]]
    return Loss(spec, spec.expects, model.evidence)


def _hf_trainer_subclass(ctx: ExtractContext, cls: ClassDef, instance: Instance,
                         call: Call | None) -> Value | None:
    """A subclass of Hugging Face's Trainer, built with a model: its ``compute_loss`` runs on
    that model (a distillation or weighted loss written there), and ``compute_metrics`` on its
    logits."""
    if call is None or not cls.base_qualnames() & KT.HF_TRAINERS:
        return None
    model = call.arg(KT.HF_TRAINER_MODEL.index, KT.HF_TRAINER_MODEL.name)
    method = cls.method(KT.HF_LOSS_METHOD)
    if isinstance(model, Model) and method is not None:
        ctx.run_function(Function(method, instance), (model, _training_batches(ctx, call)))
    _evaluated(ctx, model, call)
    return None


def _evaluated(ctx: ExtractContext, model: Value, call: Call) -> None:
    """The trainer's ``compute_metrics`` run on ``(logits, labels)`` of ``model``."""
    metrics = call.kwargs.get(KT.HF_METRICS)
    if isinstance(model, Model) and isinstance(metrics, Function):
        evaluated = Seq((predictions(model), LabelArray(Labels("unknown"))),
                        names=KT.EVAL_PREDICTION_FIELDS)
        ctx.run_function(metrics, (evaluated,))


def _saved_hyperparameters(ctx: ExtractContext, method: BoundMethod,
                           call: Call) -> MethodResult | Value | None:
    """``self.save_hyperparameters()`` in a module's ``__init__``: ``self.hparams`` is a
    namespace of its arguments (``self.hparams.num_classes``), those named when names are
    given, less those ``ignore=`` names."""
    owner = method.receiver
    instance = owner.instance if isinstance(owner, Model) else owner
    if method.name != KT.SAVE_HYPERPARAMETERS or not isinstance(instance, Instance):
        return None
    named, ignored = _names(Seq(call.args)), _names(call.kwargs.get("ignore", Seq(())))
    if named is None or ignored is None or call.has_star_args:
        instance.attrs[KT.HYPERPARAMETERS] = UNKNOWN
        return Const(None)
    instance.attrs[KT.HYPERPARAMETERS] = namespace_of(
        (name, value) for name, value in ctx.arguments().items()
        if name != "self" and name not in ignored and (not named or name in named))
    return Const(None)


def _names(value: Value) -> list[str] | None:
    """Parameter names given as strings, one or a list of them; None: not all known."""
    items = value.items if isinstance(value, Seq) else (value,)
    names = [item.value for item in items if isinstance(item, Const) and isinstance(
        item.value, str)]
    return names if len(names) == len(items) else None


def register(h: Hooks) -> None:
    h.on(KT.PREPARING, _preparing)
    h.on([KT.TRAINER], _preparing)
    h.on(KT.SUPERVISED_TRAINERS, _supervised_trainer)
    h.on(KT.HF_TRAINERS, _hf_trainer)
    h.constructions.append(_hf_trainer_subclass)
    h.methods.append(_trainer_fit)
    h.methods.append(_trained_net)
    h.attribute_assignments.append(_net_attribute_set)
    h.methods.append(_prepared)
    h.methods.append(_saved_hyperparameters)
    h.on(KT.CROSS_VALIDATION, _cross_validated)
    h.on(KT.SEARCHES, _search)
    h.on([KT.PIPELINE, KT.MAKE_PIPELINE], _pipeline)
    h.prefixes.append((KT.IGNITE_METRICS, _ignite_metric))
    h.on([KT.IGNITE_EVALUATOR], _ignite_evaluator)
    h.methods.append(_searched)
