"""Model graphs shared by every framework: layers folded into heads, sequential stacks, and
user classes whose forward method returns the head (calling.py: models called on tensors).

A framework's layer table (specs.LayerSpec) says where a layer takes its width, activation and
axis; its model-class rows (specs.ModelClass) say which base classes make a model and what the
forward method is called.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import replace

import libcst as cst

from ...facts import ActivationSite, Head, Labels, ModelOutput, ModelUse
from ...interp.api import (
    Call, ConstructionHandler, ExtractContext, FunctionHandler, MethodHandler, MethodResult,
)
from ...interp.containers import every_item
from ...interp.decorators import is_dataclass
from ...interp.values import (
    UNKNOWN, ApiRef, BoundMethod, ClassDef, Const, Dict, Function, Instance, LabelArray, Layer,
    Model, Partial, Seq, Tail, Tensor, Value, Weights,
)
from ..specs import LayerFunction, LayerSpec, ModelClass, Slot
from .activations import AXIS_ACTIVATIONS, IDENTITY, KEPT, applied_by, make_head, read_axis
from .values import const_int

# --- layers -----------------------------------------------------------------------------------


def layer_handler(table: dict[str, LayerSpec]) -> FunctionHandler:
    """The handler of a layer table: ``Dense(10, activation="softmax")``, ``nn.Linear(h, 1)``."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        built = _layer(ctx, call, table[call.qualname])
        name = call.kwargs.get("name")
        if isinstance(built, Layer) and isinstance(name, Const) and isinstance(name.value, str):
            return replace(built, name=name.value)
        return built

    return handler


# A layer class no table knows, of a library whose layers follow Keras' convention: an
# ``activation=`` given is applied to the layer's output, last.
_ACTIVATED = LayerSpec("dense", units=Slot(-1, "units"), activation_arg=Slot(-1, "activation"))


def activated_layer(ctx: ExtractContext, call: Call) -> Value:
    """``GCNConv(7, activation="softmax")`` (spektral), an unlisted Keras layer: what its
    ``activation=`` says it gives (unknown when it names none)."""
    if "activation" not in call.kwargs or call.has_star_args:
        return UNKNOWN
    return _layer(ctx, call, _ACTIVATED)


def _layer(ctx: ExtractContext, call: Call, spec: LayerSpec) -> Value:
    evidence = ctx.evidence(call.node)
    unknown = Layer(call.qualname, evidence, "unknown")
    if spec.role == "wrapper":
        inner = call.arg(0, "layer")
        return inner if isinstance(inner, Layer) else unknown
    activation = spec.activation
    if spec.activation_arg is not None:
        default = Const(None) if spec.role == "dense" else UNKNOWN
        given = call.arg(spec.activation_arg.index, spec.activation_arg.name, default)
        activation = ctx.activation_of(given) or applied_by(ctx, given, evidence)
        if activation == KEPT:  # Lambda(lambda z: z / T): what it gets, scaled
            return Layer(call.qualname, evidence, "neutral")
        if activation is None:
            return unknown
    if spec.role == "dense":
        units = _units(call, spec)
        if activation in AXIS_ACTIVATIONS:  # Dense(10, activation="softmax")
            head = make_head(activation, units, evidence)
            if head is not None:
                ctx.record(ActivationSite(head))
        return Layer(call.qualname, evidence, "dense", activation, units,
                     per_example=spec.per_example)
    if spec.role in ("activation", "normalization") and activation is None:
        return unknown
    axis: int | None = -1
    if spec.axis is not None and activation in AXIS_ACTIVATIONS:
        read = read_axis(call.arg(spec.axis.index, spec.axis.name, Const(spec.default_axis)),
                         spec.implicit_axis is not None)
        if read is UNKNOWN and spec.implicit_axis is not None:
            return unknown  # None would claim the implicit axis
        axis = None if read is UNKNOWN else read  # type: ignore[assignment]
    return Layer(call.qualname, evidence, spec.role, activation, axis=axis,
                 axis_parameter=spec.axis.name if spec.axis else "axis",
                 implicit_axis=spec.implicit_axis, per_example=spec.per_example)


def apply_layer(ctx: ExtractContext, layer: Layer, head: Head | None, known_input: bool = True,
                rank: int | None = None) -> Head | None:
    """The head after ``layer`` is applied to a tensor whose head is ``head``."""
    if layer.role == "neutral":
        return head
    if layer.role == "reshape":
        return replace(head, units=None) if head is not None else None
    if layer.role == "model":
        return layer.model.head if layer.model is not None else None
    if layer.role == "dense":
        return make_head(layer.activation or "linear", layer.units, layer.evidence)
    if layer.role == "activation" and layer.activation in IDENTITY and head is not None:
        return head
    if layer.role in ("activation", "normalization") and layer.activation is not None:
        units = head.units if head is not None else None
        new = make_head(layer.activation, units, layer.evidence, layer.axis)
        if new is not None and layer.role == "activation" and known_input:
            ctx.record(ActivationSite(new, batch_axis_known=True, input_rank=rank,
                                      axis_parameter=layer.axis_parameter,
                                      implicit_axis=layer.implicit_axis,
                                      within=ctx.running()))
        return new
    return None


def fold_layers(ctx: ExtractContext, items: Iterable[Value],
                nodes: Iterable[cst.CSTNode | None] | None = None) -> Head | None:
    """The head of a stack of layers (``Sequential``): an unknown layer makes it unknown,
    until a later layer (a Dense, an activation) sets it again. An activation function in the
    stack (flax's ``nn.Sequential([..., nn.softmax])``, ``partial(nn.softmax, axis=-1)``) is an
    activation layer, and a function of the analysed code (``lambda x: nn.softmax(x)``) gives
    what it returns; ``nodes``: the items' nodes, its evidence."""
    head: Head | None = None
    for item, node in zip(items, nodes if nodes is not None else itertools.repeat(None)):
        if isinstance(item, Model):  # a model stacked in another: run there (see ModelUse)
            ctx.record(ModelUse(item.evidence, trained=False))
        if isinstance(item, Function) and node is not None:
            applied = ctx.run_function(item, (Tensor(head),))
            head = as_model_output(applied.head) if isinstance(applied, Tensor) else None
            continue
        stacked = as_layer(item) or (_activation_layer(ctx, item, node) if node else None)
        head = apply_layer(ctx, stacked, head) if stacked is not None else None
    return head


def _activation_layer(ctx: ExtractContext, item: Value, node: cst.CSTNode) -> Layer | None:
    """An activation function stacked as a layer, bare or with its axis given by keyword."""
    options: dict[str, Value] = {}
    if isinstance(item, Partial) and not item.args:
        options = dict(item.kwargs)
        item = item.func
    if not isinstance(item, ApiRef) or not options.keys() <= {"axis"}:
        return None
    activation = ctx.activation_of(item)
    axis = const_int(options.get("axis", Const(-1)))
    if activation is None or axis is None:
        return None
    return Layer(item.qualname, ctx.evidence(node), "activation", activation, axis=axis)


def _units(call: Call, spec: LayerSpec) -> int | None:
    """The width a layer is given (``Dense(10)``, Keras 1's ``Dense(output_dim=10)``)."""
    if spec.units is None:
        return None
    for alias in spec.units_aliases:
        if alias in call.kwargs:
            return const_int(call.kwargs[alias])
    return const_int(call.arg(spec.units.index, spec.units.name))


def layer_function_handler(table: dict[str, LayerFunction]) -> FunctionHandler:
    """The handler of layers applied by a function (``tf.layers.dense(x, 10)``,
    ``fully_connected(x, 10)``, which ends in relu unless told otherwise)."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        spec = table[call.qualname]
        source = call.arg(spec.inputs.index, spec.inputs.name)
        units = const_int(call.arg(spec.units.index, spec.units.name))
        activation = spec.default_activation
        if spec.activation is not None:
            chosen = ctx.activation_of(call.arg(spec.activation.index, spec.activation.name,
                                                Const(spec.default_activation)))
            if chosen is None:
                return Tensor(None)
            activation = chosen
        head = make_head(activation, units, ctx.evidence(call.node))
        if head is not None and activation in AXIS_ACTIVATIONS:
            ctx.record(ActivationSite(head))
        return Tensor(head, rank=source.rank if isinstance(source, Tensor) else None)

    return handler


def as_layer(value: Value) -> Layer | None:
    if isinstance(value, Layer):
        return value if value.role != "unknown" else None
    if isinstance(value, Model):
        return Layer("model", value.evidence, "model", model=value)
    return None


def sequential_of_list(ctx: ExtractContext, call: Call) -> Value:
    """``keras.Sequential([...])``: a model whose head is the stack's (a list whose first
    layers are not known still ends in its last ones)."""
    layers = call.arg(0, "layers", Seq(()))
    evidence = ctx.evidence(call.node)
    if isinstance(layers, Tail):
        return Model(evidence, fold_layers(ctx, (UNKNOWN, *layers.items)))
    if not isinstance(layers, Seq):
        return Model(evidence, None)
    node = call.arg_node(0, "layers")
    nodes = ([e.value for e in node.elements] if isinstance(node, (cst.List, cst.Tuple))
             and len(node.elements) == len(layers.items) else None)
    return Model(evidence, fold_layers(ctx, layers.items, nodes))


def sequential_of_arguments(ctx: ExtractContext, call: Call) -> Value:
    """``nn.Sequential(a, b, c)``, ``nn.Sequential(*layers)``, ``nn.Sequential(OrderedDict(
    [("fc", ...), ...]))``: a model whose head is the stack's (a list of layers not known is
    one unknown layer in it)."""
    evidence = ctx.evidence(call.node)
    if call.kwargs:
        return Model(evidence, None)
    if len(call.args) == 1 and isinstance(call.args[0], Dict):  # nn.Sequential(OrderedDict(...))
        return Model(evidence, fold_layers(ctx, [layer for _, layer in call.args[0].items]))
    nodes = None if call.has_star_args else [a.value for a in call.arg_nodes]
    return Model(evidence, fold_layers(ctx, call.args, nodes))


def stack_change_handler(appending: Mapping[str, Slot], changing: frozenset[str]) -> MethodHandler:
    """The methods that change a stack of layers in place: ``appending`` put the layer their
    slot names on top (Keras' ``model.add(layer)``, PyTorch's ``net.append(layer)`` and
    ``net.add_module(name, layer)``); after one of ``changing`` (``pop``, ``insert``) the
    head is no longer known. On a model of the user's own class only ``changing`` applies: its
    forward method, not the stack, makes its head; on a library's model class, neither."""

    def handler(ctx: ExtractContext, method: BoundMethod, call: Call) -> MethodResult | None:
        model = method.receiver
        if not isinstance(model, Model):
            return None
        if method.name in appending and model.library_class:
            return None  # (registered, never called by its forward)
        if method.name in appending and model.instance is None:
            slot = appending[method.name]
            given = call.arg(slot.index, slot.name)
            if isinstance(given, Model):  # joint.add(generator): run there (see ModelUse)
                ctx.record(ModelUse(given.evidence, trained=False))
            added = as_layer(given)
            head = apply_layer(ctx, added, model.head) if added is not None else None
            return MethodResult(UNKNOWN, replace(model, head=head))
        if method.name in changing or method.name in appending:
            return MethodResult(UNKNOWN, replace(model, head=None))
        return None

    return handler


# --- models -----------------------------------------------------------------------------------


def as_model_output(head: Head | None) -> Head | None:
    """A head that became a model's output: a softmax inside the model is part of the model,
    not an activation applied inline at the loss (XL104)."""
    return replace(head, inline=False) if head is not None and head.inline else head


def output_head(model: Model) -> Head | None:
    """The model's head, carrying the user's name for the model."""
    return model.head.named(model.name) if model.head is not None else None


def predictions(model: Model, rank: int | None = None, row: bool = False) -> Value:
    """What running ``model`` gives: its output; of a model with several outputs (``Model(inp,
    [probs, box])``), one output each, in order, each the output of that output's own loss
    (``p, box = model(x)``, ``model.predict(x)[1]``)."""
    if not model.outputs:
        return Tensor(output_head(model), model, rank=rank, row=row,
                      layout_unknown=model.layout_unknown)
    each = tuple(
        Tensor(head.named(model.name) if head is not None else None, replace(
            model, head=head, outputs=(), loss=per_output(model.loss, index, name), labels=None))
        for index, (name, head) in enumerate(model.outputs))
    if model.keyed is not None:  # (outputs given as a dict: predict() gives preds["topic"])
        return Dict(tuple((name, output) for (name, _), output in zip(model.outputs, each)))
    return Seq(each)


def keyed_outputs(model: Model, keyed: Dict, row: bool = False) -> Dict:
    """A model's dict of outputs as its callers get it (``out["cls"]``): each that model's."""
    def own(value: Value) -> Value:
        return replace(value, model=model, row=row) if isinstance(value, Tensor) else value

    return Dict(tuple((key, own(value)) for key, value in keyed.items),
                own(keyed.each) if keyed.each is not None else None)


def per_output(value: Value | None, index: int, name: str | None) -> Value:
    """The entry of a per-output list or dict that belongs to output ``index`` / ``name``."""
    if isinstance(value, Seq):
        return value.items[index] if index < len(value.items) else UNKNOWN
    if isinstance(value, Dict):
        return value.get(name) if name is not None else UNKNOWN
    return value if value is not None else UNKNOWN


def model_class_hook(rows: tuple[ModelClass, ...]) -> ConstructionHandler:
    """The construction hook for user classes that are models: an instance of a subclass of
    one of the rows' bases is a model whose head is what its forward method returns."""

    def hook(ctx: ExtractContext, cls: ClassDef, instance: Instance,
             call: Call | None) -> Value | None:
        bases = cls.base_qualnames()
        spec = next((row for row in rows if row.bases & bases), None)
        if spec is None:
            return None
        node = call.node if call is not None else cls.node.name
        model = Model(ctx.evidence(node), None, instance=instance, forward=spec.forward,
                      per_example=spec.per_example)
        if spec.dataclass and call is not None:
            _set_fields(cls, instance, call)
        setup = cls.method(spec.setup) if spec.setup else None
        if setup is not None:  # flax runs setup() before the module is called
            ctx.run_function(Function(setup, model), ())
        method = cls.method(spec.forward)
        if method is not None:
            # Keyword arguments such as Keras' `training` are unknown: a softmax applied only
            # when not training is no training head.
            keywords: dict[str, Value] = {name: UNKNOWN for name in spec.forward_keywords}
            result = ctx.run_function(Function(method, model), (Tensor(None),), keywords)
            _record_returned(ctx, result)
            if isinstance(result, Tensor) and result.if_trained is not None:
                # forward returns log(self.softmax(x)): what the model gives, and trains on
                ctx.record(result.if_trained)
            model = _with_output(model, result, spec)
            optional = _optional_inputs(method)
            if optional:
                # forward(x, labels=None) computes a loss when it is given labels (`if labels
                # is not None: loss = self.loss_fn(logits, labels)`): run it so too, for what
                # it pairs; its output is the one above, without them.
                _record_returned(ctx, ctx.run_function(
                    Function(method, model), (Tensor(None),),
                    {**keywords, **{name: UNKNOWN for name in optional}}))
        elif spec.outputs_argument:
            outputs = instance.attrs.get(BASE_OUTPUTS) or (
                call.arg(1, "outputs") if call is not None and _passes_on(cls.method("__init__"))
                else UNKNOWN)
            if isinstance(outputs, Tensor):
                model = replace(model, head=as_model_output(outputs.head))
        if spec.steps:
            _run_steps(ctx, cls, model, (*spec.before_steps, *spec.steps))
        run_output_methods(ctx, model, cls, spec, Labels("unknown"))
        return model

    return hook


def run_output_methods(ctx: ExtractContext, model: Model, cls: ClassDef, spec: ModelClass,
                       labels: Labels) -> None:
    """The methods of the model's class ``cls`` that the framework gives its predictions and
    labels (Keras's ``compute_loss(y=..., y_pred=...)``): run on them, where ``cls`` defines
    them (built, and trained: ``fit`` on labels, after a ``compile`` that set what they use)."""
    for name, predictions, labels_parameter in spec.output_methods:
        method = cls.method(name)
        if method is not None and cls.defines(method):
            ctx.run_function(Function(method, model), (), {
                predictions: Tensor(output_head(model), model),
                labels_parameter: LabelArray(labels)})


def _record_returned(ctx: ExtractContext, result: Value) -> None:
    """The activations applied in the forward that it returns (ModelOutput)."""
    items = result.items if isinstance(result, Seq) else (
        tuple(value for _, value in result.items) if isinstance(result, Dict) else (result,))
    for item in items:
        if isinstance(item, Tensor) and item.head is not None and item.head.inline:
            ctx.record(ModelOutput(item.head.evidence))


# What a subclass's constructor gave its base's (``super().__init__(inputs=i, outputs=o)``: a
# functional model made in ``__init__``), kept on the object (no name of the code's).
BASE_OUTPUTS = "(outputs given to the base class)"


def base_constructor(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``super().__init__(...)``: the framework base's constructor, which keeps the outputs a
    Keras functional subclass gives it."""
    receiver = method.receiver
    if not (isinstance(receiver, Instance) and method.name == "__init__"):
        return None
    outputs = call.arg(1, "outputs")
    if outputs is not UNKNOWN:
        receiver.attrs[BASE_OUTPUTS] = outputs
    return Const(None)


def _passes_on(init: cst.FunctionDef | None) -> bool:
    """The class builds its base with the arguments it is given: it has no ``__init__``, or
    one that takes ``*args`` / ``**kwargs`` (``super().__init__(*args, **kwargs)``, the
    Keras guide's subclass of a functional model)."""
    return init is None or isinstance(init.params.star_arg, cst.Param) \
        or init.params.star_kwarg is not None


def _optional_inputs(method: cst.FunctionDef) -> list[str]:
    """The parameters after the input that default to None (``labels=None``)."""
    params = [*method.params.params[2:], *method.params.kwonly_params]
    return [param.name.value for param in params
            if isinstance(param.default, cst.Name) and param.default.value == "None"]


def _set_fields(cls: ClassDef, instance: Instance, call: Call) -> None:
    """A dataclass-like module (flax): the constructor's arguments set its fields."""
    if call.has_star_args:
        return
    for name, value in zip(cls.fields(), call.args):
        instance.attrs[name] = value
    instance.attrs.update(call.kwargs)


def _with_output(model: Model, result: Value, spec: ModelClass) -> Model:
    """The model with what its forward method returned: one tensor, or (prediction, *rest)."""
    rest = None
    several = spec.tuple_output == "several"  # (Keras: each output trained by its own loss)
    keyed = outputs_by_name(result)
    if keyed is not None:
        return replace(model, keyed=keyed, outputs=_named_outputs(keyed.items) if several else ())
    if (spec.tuple_output == "first" and isinstance(result, Seq) and result.items
            and isinstance(result.items[0], Tensor)):
        # return output, hidden: the first element is the prediction (char-RNN, VAE...); the
        # others are kept, for `logits, probs = model(x)`
        rest = tuple(as_output(item) for item in result.items[1:])
        result = result.items[0]
    if several and isinstance(result, Seq) and len(result.items) > 1 and all(
            isinstance(item, Tensor) for item in result.items):
        return replace(model, outputs=_named_outputs(
            (item.output_name if isinstance(item, Tensor) else None, item)
            for item in result.items))
    each = every_item(result)
    listed = isinstance(each, Tensor)  # [head(h) for head in self.heads]: the outputs alike
    if isinstance(each, Tensor):
        result = each
    if not isinstance(result, Tensor):
        return replace(model, rest=rest)
    return replace(model, head=as_model_output(result.head), rank=result.rank, rest=rest,
                   layout_unknown=result.layout_unknown,
                   listed=listed)


def outputs_by_name(result: Value) -> Dict | None:
    """What a forward returns read by name, as its callers get it: a dict of outputs
    (``{"logits": z, "probs": p}``), a named tuple's or a dataclass's fields
    (``Output(logits=z, features=h)``, ``out.logits``); None unless one of them is a tensor."""
    if isinstance(result, Dict):
        fields, each = result.items, result.each
    elif isinstance(result, Seq) and result.names:
        fields, each = tuple(zip(result.names, result.items)), None
    elif isinstance(result, Instance) and is_dataclass(result.cls.node):
        fields, each = tuple(result.attrs.items()), None
    else:
        return None
    if not any(isinstance(value, Tensor) for _, value in (*fields, (None, each))):
        return None
    return Dict(tuple((key, as_output(value)) for key, value in fields),
                as_output(each) if each is not None else None)


def _named_outputs(items: Iterable[tuple[object, Value]]
                   ) -> tuple[tuple[str | None, Head | None], ...]:
    """A model's outputs by name (a dict's keys, an output layer's name), each one's head."""
    return tuple((name if isinstance(name, str) else None,
                  as_model_output(value.head) if isinstance(value, Tensor) else None)
                 for name, value in items)


def as_output(value: Value) -> Value:
    """A tensor a model returns beside its prediction, as its callers see it (labels it makes
    too: MoCo's ``return logits, labels``, zeros as the positives' class)."""
    if isinstance(value, Tensor) and value.head is not None:
        return replace(value, head=as_model_output(value.head))
    made_labels = isinstance(value, LabelArray) or isinstance(value, Weights) and bool(
        value.filled)
    return value if isinstance(value, Tensor) or made_labels else UNKNOWN


def _run_steps(ctx: ExtractContext, cls: ClassDef, model: Model, steps: tuple[str, ...]) -> None:
    """The trainer calls ``training_step(batch, batch_idx)`` with the dataloader's ``(x, y)``
    batches (after ``setup(stage)``, whose arguments are not read): run the steps with a batch
    whose second element is labels (encoding unknown)."""
    batch = Seq((UNKNOWN, LabelArray(Labels("unknown"))))
    for name in steps:
        step = cls.method(name)
        if step is not None:
            ctx.run_function(Function(step, model), (batch, UNKNOWN))
