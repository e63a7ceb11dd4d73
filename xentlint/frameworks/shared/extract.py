"""The hooks of the shared mechanics: NumPy, pandas, scikit-learn and SciPy names, and the
operations every framework's values go through (calls of layers, models and losses; array
methods, subscripts, operators; iteration over datasets)."""

from __future__ import annotations

from collections.abc import Callable

import libcst as cst

from ...facts import Fact, MappedFunction, TracedFunction
from ...interp.api import Call, DecoratorHandler, ExtractContext, Hooks
from ...interp.values import ApiRef, Const, Function, Value
from ..specs import ArrayApi
from . import (
    activations, arrays, calling, class_labels, decoders, decoding, derived, encoders, ensembles,
    environments, frames, joined, labels, mapped, marks, models, options, scores, subscripts,
    traced,
)
from . import tables as T
from .activations import SPELLINGS, activation_handler


def array_hooks(api: ArrayApi) -> Hooks:
    """The hooks of a library's array operations: its spellings, the shared mechanics."""
    h = Hooks()
    h.on(api.activations, activation_handler(dict(api.activations)))
    h.activations.update({name: spec.activation for name, spec in api.activations.items()})
    h.on(api.log, decoding.log)
    h.on(api.exp, activations.exponential)
    h.on(api.argmax, decoders.argmax)
    h.on(api.round, decoders.round_function)
    h.on(api.greater, decoders.greater_function)
    h.on(api.passthrough, arrays.passthrough)
    h.on(api.dtype_calls, arrays.dtype_call_handler(dict(api.dtype_calls)))
    h.on(api.transpose, arrays.transpose)
    h.on(api.clip, arrays.clip)
    h.on(api.reduction, ensembles.reduction)
    h.on(api.logsumexp, decoding.logsumexp)
    h.on(api.one_hot, labels.one_hot_handler(dict(api.one_hot)))
    h.on(api.random_integers, labels.random_integers_handler(dict(api.random_integers)))
    h.constants.update({name: Const(None) for name in api.new_axis})
    h.on(api.eye, labels.eye)
    h.on(api.aranges, labels.arange)
    h.on(api.concatenate, joined.concatenation_handler(dict(api.concatenate)))
    h.on(api.stacks, joined.stack_handler(dict(api.stacks)))
    h.on(api.stacked, joined.new_axis_handler(dict(api.stacked)))
    h.on(api.filled_like, arrays.filled_like)
    h.on(api.where, derived.chosen)
    h.on(api.picks, arrays.pick_handler(dict(api.picks)))
    h.on(api.transforms, arrays.transform)
    h.on(api.samplers, decoding.sampler_handler(dict(api.samplers)))
    h.on(api.mapped, mapped.mapped_function)
    if api.mapped:
        h.decorators.append(_marking(api.mapped, MappedFunction))
        h.callables.append(mapped.mapped_hook(api.mapped))
    h.on(api.traced, traced.traced_function)
    if api.traced:
        h.decorators.append(_marking(api.traced, TracedFunction))
    if api.gradients:
        h.on(api.gradients, arrays.gradient_handler)
        h.callables.append(arrays.gradient_hook(api.gradients))
    h.on(api.matmul, arrays.matmul)
    h.on(api.operators, arrays.operator_handler(dict(api.operators)))
    h.on(api.weights, arrays.weights_handler(dict(api.weights), api.filled))
    h.on(api.layer_functions, models.layer_function_handler(dict(api.layer_functions)))
    return h


def _marking(names: frozenset[str],
             mark: Callable[[cst.FunctionDef | cst.Lambda], Fact]) -> DecoratorHandler:
    """A decorator of ``names`` on a function of the code records ``mark(function)``, as a
    call of the same transform would (``@jax.vmap``: MappedFunction; ``@tf.function``,
    ``@tf.function(jit_compile=True)``: TracedFunction)."""

    def hook(ctx: ExtractContext, name: str, function: Function) -> None:
        if name in names:
            ctx.record(mark(function.node))

    return hook


def _library_object(ctx: ExtractContext, call: Call) -> Value:
    """``np.random.default_rng(0)``: the library's object, its methods named by its class."""
    return ApiRef(T.LIBRARY_OBJECTS[call.qualname])


def hooks() -> Hooks:
    h = array_hooks(T.ARRAYS)
    h.on(T.SPLITTERS, encoders.splitter)
    h.on(T.METRIC_CALLS, decoders.metric_function_handler(T.METRIC_CALLS))
    h.on(T.LIBRARY_OBJECTS, _library_object)
    h.comparisons.append(labels.compared_to_range)  # (with any library's arange)
    h.on(T.ENCODERS, encoders.encoder)
    h.on(T.DATASETS, labels.label_source_handler(T.DATASETS))
    h.on(["builtins.len"], labels.length)
    h.on(["builtins.sum"], ensembles.python_sum)
    h.on(["builtins.int", "builtins.float"], labels.integer)
    h.on([T.UNIQUE], derived.unique)
    h.on([T.LABEL_BINARIZE], derived.label_binarize)
    h.on([T.CUT, T.QCUT, T.DIGITIZE], derived.binned)
    h.on([T.SELECT], derived.selected)
    h.on(T.PASSTHROUGH_ITERABLES, labels.passthrough_first)
    h.on(T.FRAME_SOURCES, frames.frame_source)
    h.on([T.FRAME_CONCATENATION], frames.concatenated)
    h.on(T.MATRIX_SOURCES, frames.matrix_source)
    h.on(T.FACTORIZE, frames.factorize)
    h.on([T.CATEGORICAL], frames.categorical)
    h.on(T.HF_LOAD, frames.hf_dataset)
    h.on(T.HF_TABLES, frames.hf_table)
    h.on([T.HF_CLASS_LABEL], class_labels.class_label)
    h.methods.append(class_labels.methods)
    h.methods.append(models.base_constructor)
    h.attributes.append(class_labels.attributes)
    h.on(T.MASK_POSITIONS, derived.positions)
    h.on([T.ARGUMENT_PARSER], options.parser)
    h.on(["builtins.vars"], options.as_dict)
    h.on(T.NAMESPACES, options.namespace)
    h.on(T.CONFIG_DICTS, options.config_dict)
    h.subscripts.append(options.config_item)
    h.on(T.ENVIRONMENT_MAKERS, environments.make)
    h.methods.append(environments.methods)
    h.methods.append(options.methods)
    h.attributes.append(options.option)
    h.attribute_assignments.append(options.assigned_option)
    h.iteration.append(frames.iterate_records)
    h.methods.append(frames.methods)
    h.attributes.append(frames.attributes)
    h.subscripts.append(frames.subscripts)
    h.item_assignments.append(frames.assigned_column)
    h.item_assignments.append(marks.marked)
    h.item_assignments.append(marks.scattered)
    h.item_assignments.append(joined.written_into)  # (before: predictions, not numbers)
    h.item_assignments.append(labels.relabeled)
    h.methods.append(arrays.methods)
    h.methods.append(labels.dataset_methods)
    h.attributes.append(arrays.attributes)
    h.attributes.append(labels.bunch_field)
    h.binary.append(arrays.array_operator)
    h.binary.append(decoding.binary)
    h.binary.append(scores.combined)
    h.binary.append(ensembles.combined)
    h.negation.append(decoding.negation)
    h.comparisons.append(decoders.comparison)
    h.comparisons.append(labels.compared)
    h.subscripts.append(subscripts.subscripts)
    h.subscripts.append(labels.bunch_item)
    h.iteration.append(labels.iterate_dataset)
    h.iteration.append(labels.iterate_labels)
    h.iteration.append(arrays.iterate_predictions)
    h.callables.append(calling.call_instance)
    h.callables.append(calling.call_model_parts)
    h.dtypes.update(T.DTYPES)
    h.dtype_names.update(T.NUMPY_DTYPES)
    h.activation_names.update(SPELLINGS)
    return h
