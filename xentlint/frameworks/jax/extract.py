"""JAX extractor: optax losses, ``jax.nn`` activations and ``jax.numpy`` helpers through the
shared mechanics; flax ``linen`` and ``nnx`` modules are models whose head ``__call__``
returns, applied directly (nnx), through ``model.apply(variables, x)`` (linen) or through a
``TrainState``'s ``apply_fn``; a haiku function given to ``hk.transform`` runs where its
``apply`` is called, and equinox modules are called directly (under ``jax.vmap``). A function
given to ``jax.jit`` / ``jax.grad`` / ``jax.value_and_grad`` runs where the transformed
function is called (a ``loss_fn`` closure is checked on the step's batch)."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...interp.api import Call, ExtractContext, Hooks, MethodResult, WrappingDecorator
from ...interp.values import (
    UNKNOWN, ApiObject, ApiRef, BoundMethod, ClassDef, Const, Dict, Function, LabelArray, Layer,
    Model, Partial, Seq, Tail, Tensor, Value, Weights,
)
from ..shared.values import const_int
from ..shared.extract import array_hooks
from ..shared.losses import loss_function_handler
from ..shared.calling import call_model_parts
from ..shared.mapped import scan_handler
from ..shared.models import (
    keyed_outputs, layer_handler, model_class_hook, output_head, sequential_of_arguments,
    sequential_of_list,
)
from . import tables as JT


def _is_linen(model: Model, call: Call) -> bool:
    """A linen module: a subclass of ``nn.Module``, or a stack (``nn.Sequential``) applied to
    variables and inputs (PyTorch's ``module.apply(fn)`` takes one function)."""
    if model.instance is not None:
        return JT.LINEN_MODULE in model.instance.cls.base_qualnames()
    return len(call.args) >= 2


def _applied(model: Model, call: Call) -> Value:
    """``model.apply(variables, x)``: the module's output (one sample's row for one sample of a
    known array; a dict of its heads, when it returns one; another method: unknown);
    ``mutable=["batch_stats"]`` or ``capture_intermediates=True`` return ``(output,
    updated_variables)``."""
    if "method" in call.kwargs:
        return UNKNOWN
    returns_state = [_collects_state(call.kwargs[name]) for name in JT.APPLY_STATE_OPTIONS
                     if name in call.kwargs]
    if None in returns_state:
        return UNKNOWN
    given = call.args[1] if len(call.args) >= 2 else UNKNOWN
    one_sample = isinstance(given, Weights) and len(given.shape) == 1  # model.apply(p, X[0])
    output: Value = Tensor(output_head(model), model, rank=model.rank, row=one_sample,
                           layout_unknown=model.layout_unknown)
    if model.rest is not None:
        output = Seq((output, *model.rest))
    if model.keyed is not None:  # out["cls"]: that output of this module
        output = keyed_outputs(model, model.keyed, row=one_sample)
    return Seq((output, UNKNOWN)) if any(returns_state) else output


def _collects_state(option: Value) -> bool | None:
    """``mutable=False`` returns the output alone; a collection name, a list of them or True
    return the updated variables too (None: not known)."""
    if isinstance(option, Const):
        return option.value is not False and option.value is not None
    return True if isinstance(option, Seq) else None


def _methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    receiver, name = method.receiver, method.name
    if isinstance(receiver, Model) and name == "apply" and _is_linen(receiver, call):
        return _applied(receiver, call)
    if isinstance(receiver, Layer) and name == "apply" and len(call.args) >= 2:
        # nn.Dense(10).apply(variables, x): the layer called on x
        return call_model_parts(ctx, receiver, replace(call, args=call.args[1:],
                                                       arg_nodes=call.arg_nodes[1:]))
    if isinstance(receiver, ApiObject) and receiver.qualname == JT.HAIKU_TRANSFORMED:
        return _haiku_applied(ctx, receiver, call) if name == "apply" else UNKNOWN
    if isinstance(receiver, ApiObject) and receiver.qualname == JT.TRAIN_STATE:
        if name in ("replace", "apply_gradients"):
            return receiver  # the same apply_fn
    return None


def _haiku_transformed(ctx: ExtractContext, call: Call) -> Value:
    """``hk.transform(forward)``: ``apply(params, rng, x)`` runs ``forward(x)`` (and, of
    ``functools.partial(forward, width=256)``, ``forward(x, width=256)``)."""
    function = call.arg(0, "f")
    if not isinstance(function, Function) and not (
            isinstance(function, Partial) and isinstance(function.func, Function)):
        return UNKNOWN
    return _transformed(call.qualname, function)


def _stax_serial(ctx: ExtractContext, call: Call) -> Value:
    """``init_fun, apply_fun = stax.serial(stax.Dense(10), stax.LogSoftmax)``: ``apply_fun``
    is the stack, called as ``apply_fun(params, x)``."""
    return Seq((UNKNOWN, sequential_of_arguments(ctx, call)))


def _transforming(transform: str) -> WrappingDecorator:
    """``@hk.transform`` over ``def forward(x)``: the name binds the transformed function."""

    def wrap(ctx: ExtractContext, function: Value) -> Value:
        return _transformed(transform, function) if isinstance(function, Function) else UNKNOWN

    return wrap


def _transformed(transform: str, function: Function | Partial) -> Value:
    leading = JT.HAIKU_TRANSFORMS[transform]
    return ApiObject(JT.HAIKU_TRANSFORMED, (("f", function), *(
        (name, Const(True)) for name in leading)))


def _without_rng(ctx: ExtractContext, call: Call) -> Value:
    """``hk.without_apply_rng(hk.transform(forward))``: ``apply(params, x)``."""
    return _rng_dropped(ctx, call.arg(0, "f"))


def _rng_dropped(ctx: ExtractContext, transformed: Value) -> Value:
    if isinstance(transformed, ApiObject) and transformed.qualname == JT.HAIKU_TRANSFORMED:
        return transformed.with_kwarg("rng", Const(False))
    return UNKNOWN


def _haiku_applied(ctx: ExtractContext, transformed: ApiObject, call: Call) -> Value:
    """``net.apply(params, rng, x)``: what the transformed function returns for ``x``
    (with state, ``(output, state)``)."""
    function = transformed.kwarg("f")
    state = transformed.kwarg("state") == Const(True)
    leading = 1 + state + (transformed.kwarg("rng") == Const(True))
    args, kwargs = call.args[leading:], call.kwargs
    if isinstance(function, Partial):
        args, kwargs = (*function.args, *args), {**dict(function.kwargs), **kwargs}
        function = function.func
    assert isinstance(function, Function)
    output = ctx.run_function(function, args, kwargs, call)
    return Seq((output, UNKNOWN)) if state else output


def _haiku_resnet(ctx: ExtractContext, call: Call) -> Value:
    """``hk.nets.ResNet50(num_classes=10)``: a network whose last layer gives 10 logits."""
    slot = JT.HAIKU_RESNETS[call.qualname]
    return Layer(call.qualname, ctx.evidence(call.node), "dense",
                 units=const_int(call.arg(slot.index, slot.name)))


def _haiku_mlp(ctx: ExtractContext, call: Call) -> Value:
    """``hk.nets.MLP([300, 100, 10])``: its last linear layer, 10 wide, is the head; with
    ``activate_final=True`` its ``activation`` (relu by default) follows it too."""
    evidence = ctx.evidence(call.node)
    sizes = call.arg(0, "output_sizes")
    final = call.arg(JT.HAIKU_MLP_FINAL.index, JT.HAIKU_MLP_FINAL.name, Const(False))
    activation = "linear" if final == Const(False) else ctx.activation_of(call.arg(
        JT.HAIKU_MLP_ACTIVATION.index, JT.HAIKU_MLP_ACTIVATION.name,
        ApiRef(JT.HAIKU_MLP_DEFAULT_ACTIVATION))) if final == Const(True) else None
    if not isinstance(sizes, (Seq, Tail)) or not sizes.items or activation is None:
        return Layer(call.qualname, evidence, "unknown")
    return Layer(call.qualname, evidence, "dense", None if activation == "linear" else activation,
                 units=const_int(sizes.items[-1]))


def _tree_mapped(ctx: ExtractContext, call: Call) -> Value:
    """``jax.tree_util.tree_map(np.asarray, (images, labels))``: ``f`` applied to each leaf of
    a tuple, list or dict (a conversion keeps what each leaf is)."""
    function, tree = call.arg(0, "f"), call.arg(1, "tree")
    if call.has_star_args or len(call.args) > 2:
        return UNKNOWN  # (several trees: f takes a leaf of each)

    def mapped(leaf: Value) -> Value:
        if isinstance(leaf, Seq):
            return Seq(tuple(mapped(item) for item in leaf.items))
        if isinstance(leaf, Dict):
            return Dict(tuple((key, mapped(item)) for key, item in leaf.items))
        if isinstance(function, ApiRef) and function.qualname in JT.LEAF_CONVERSIONS:
            return leaf
        return ctx.run_function(function, (leaf,)) if isinstance(function, Function) else UNKNOWN

    return mapped(tree)


def _train_state(ctx: ExtractContext, call: Call) -> Value:
    """``TrainState.create(apply_fn=model.apply, params=..., tx=...)``."""
    return ApiObject(JT.TRAIN_STATE, tuple(call.kwargs.items()))


def _smoothed(ctx: ExtractContext, call: Call) -> Value:
    labels = call.arg(0, "labels")
    return LabelArray(replace(labels.labels, dtype="float")) if isinstance(
        labels, LabelArray) else labels if isinstance(labels, Tensor) else UNKNOWN


def _attributes(ctx: ExtractContext, owner: Value, attr: str,
                node: cst.BaseExpression) -> Value | None:
    """``state.apply_fn`` is what the train state was created with; ``MyState.create`` of a
    subclass of ``TrainState`` is ``TrainState.create``."""
    if isinstance(owner, ApiObject) and owner.qualname == JT.TRAIN_STATE:
        return owner.kwarg(attr) if attr in dict(owner.kwargs) else None
    if (isinstance(owner, ClassDef) and attr == "create"
            and JT.TRAIN_STATE in owner.base_qualnames()):
        return ApiRef(f"{JT.TRAIN_STATE}.create")
    return None


def _split(ctx: ExtractContext, call: Call) -> Value:
    """``graphdef, params = nnx.split(model, nnx.Param)``, ``params, static =
    eqx.partition(model, eqx.is_array)``: pieces that each stand for the model (one more
    than the filters given to nnx.split; two of eqx.partition)."""
    slot, pieces = JT.SPLITS[call.qualname]
    model = call.arg(slot.index, slot.name)
    if not isinstance(model, (Model, Layer)) or call.has_star_args:
        return UNKNOWN  # (equinox's MLP is a layer called as a model)
    part = ApiObject(JT.MODEL_PART, (("model", model),))
    return Seq((part,) * (pieces or max(len(call.args), 2)))


def _put_back(ctx: ExtractContext, call: Call) -> Value:
    """``nnx.merge(graphdef, params)``, ``eqx.combine(params, static)``: the model split."""
    models = [arg.kwarg("model") for arg in call.args
              if isinstance(arg, ApiObject) and arg.qualname == JT.MODEL_PART]
    return models[0] if models and all(m is models[0] for m in models) else UNKNOWN


def hooks() -> Hooks:
    h = array_hooks(JT.ARRAYS)
    h.on(JT.LOSS_FUNCTIONS, loss_function_handler(JT.LOSS_FUNCTIONS))
    h.on(JT.LAYERS, layer_handler(JT.LAYERS))
    h.on(JT.SEQUENTIAL_OF_LIST, sequential_of_list)
    h.on([JT.STAX_SERIAL], _stax_serial)
    h.activations.update(JT.STAX_ACTIVATIONS)
    h.on(JT.SEQUENTIAL_OF_ARGUMENTS, sequential_of_arguments)
    h.on([f"{JT.TRAIN_STATE}.create"], _train_state)
    h.on(JT.SPLITS, _split)
    h.on(JT.SCANS, scan_handler(JT.SCANS))
    h.on(JT.TREE_MAPS, _tree_mapped)
    h.on(JT.MERGES, _put_back)
    h.on(JT.HAIKU_TRANSFORMS, _haiku_transformed)
    # (as decorators: @hk.without_apply_rng over @hk.transform)
    h.wrapping_decorators.update({name: _transforming(name) for name in JT.HAIKU_TRANSFORMS})
    h.wrapping_decorators[JT.HAIKU_WITHOUT_RNG] = _rng_dropped
    h.on([JT.HAIKU_WITHOUT_RNG], _without_rng)
    h.on([JT.HAIKU_MLP], _haiku_mlp)
    h.on(JT.HAIKU_RESNETS, _haiku_resnet)
    h.on([JT.SMOOTH_LABELS], _smoothed)
    h.methods.append(_methods)
    h.attributes.append(_attributes)
    h.constructions.append(model_class_hook(JT.MODEL_CLASSES))
    return h
