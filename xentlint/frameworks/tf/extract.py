"""Raw TensorFlow extractor: ``tf.nn`` and TF1 ``tf.losses`` losses, activations, graph-mode
heads (``tf.layers.dense``, ``tf.matmul(x, W) + b``), placeholders and ``tf.data`` datasets,
all through the shared mechanics (tables.py says where each API takes its arguments)."""

from __future__ import annotations

import libcst as cst

from ...facts import INTEGER_DTYPES, Encoding, Feed, GraphApi, Labels, LegacySpelling
from ...interp.api import Call, ExtractContext, Hooks, MethodResult
from ...interp.values import (
    UNKNOWN, ApiObject, BoundMethod, Const, Dataset, Dict, Frame, Function, LabelArray, Mapping,
    Seq, Value,
)
from ..shared import decoders, labels
from ..shared import tables as T
from ..shared.extract import array_hooks
from ..shared.losses import loss_function_handler
from ..shared.models import layer_handler
from ..shared.values import const_flag, const_int, index_encoding, labels_of
from . import tables as TT


def _placeholder(ctx: ExtractContext, call: Call) -> Value:
    """``tf.placeholder(tf.float32, [None, 10])``: what a TF1 graph is fed, labels among it.

    An integer vector or column (``tf.placeholder(tf.int64, [None])``, ``[None, 1]``), where
    labels go, is class indices: nothing else fits a loss's labels. Otherwise the encoding is
    unknown until a feed says (inputs are never read as labels by a rule that needs an
    encoding).
    """
    ctx.record(GraphApi(ctx.evidence(call.node)))
    shape = call.arg(1, "shape")
    rank = len(shape.items) if isinstance(shape, Seq) else None
    column = isinstance(shape, Seq) and rank == 2 and const_int(shape.items[1]) == 1
    dtype = ctx.dtype_of(call.arg(0, "dtype"))
    integer = dtype in INTEGER_DTYPES and dtype != "bool"
    encoding: Encoding = "index" if integer and (rank == 1 or column) else "unknown"
    if integer and rank is not None and rank >= 2 and not column:
        rank = None  # ([None, seq_len]: a sequence of class numbers each, no (N, 1) column)
    return LabelArray(Labels(encoding, ctx.evidence(call.node), rank=rank, dtype=dtype))


def _tfds_load(ctx: ExtractContext, call: Call) -> Value:
    """``tfds.load("mnist", split="train", as_supervised=True)``: a dataset of (image, label)
    pairs, with the data set's class count; one per split of a list; ``(ds, info)`` with
    ``with_info=True``. Without ``as_supervised`` the items are dicts (``batch["label"]``):
    records whose ``label`` field is those labels, for a data set of known classes (with
    ``batch_size=-1``, one dict of arrays)."""
    supervised = const_flag(call.kwargs.get("as_supervised", Const(False)))
    if supervised is None:
        return UNKNOWN
    name = call.arg(0, "name")
    n_classes = None
    if isinstance(name, Const) and isinstance(name.value, str):
        base = name.value.split(":")[0]
        n_classes = TT.TFDS_CLASSES.get(base, TT.TFDS_CLASSES.get(base.split("/")[0]))
    evidence = ctx.evidence(call.node)
    # (one class number a sample: batched, (N,))
    targets = Labels(index_encoding(n_classes), evidence, n_classes, n_evidence=evidence,
                     rank=1, dtype="int64")
    # (a record's "label" is the class only for a data set known to have one)
    fields = (("label", LabelArray(targets)),) if n_classes is not None else ()
    dataset: Value = Dataset(targets, evidence) if supervised else Frame(fields, records=True)
    split = call.arg(1, "split")
    result: Value = dataset
    if isinstance(split, Seq):
        result = Seq((dataset,) * len(split.items))
    elif not call.has(1, "split"):  # a dict of every split: ds["train"], ds["test"]
        result = Dict(tuple((name, dataset) for name in TT.TFDS_SPLITS))
    elif not isinstance(split, Const):
        return UNKNOWN
    if const_flag(call.kwargs.get("with_info", Const(False))):
        return Seq((result, _dataset_info(n_classes, call.node)))
    return result


def _dataset_info(n_classes: int | None, node: cst.CSTNode) -> Value:
    """``info`` of ``tfds.load(..., with_info=True)``: ``info.features["label"]`` is a class
    label feature of the data set's classes (``.num_classes``)."""
    if n_classes is None:
        return UNKNOWN
    label = ApiObject(T.HF_CLASS_LABEL, (("count", Const(n_classes, node)),))
    return ApiObject(TT.TFDS_INFO, ((TT.TFDS_FEATURES, Dict(((TT.TFDS_LABEL, label),))),))


def _session(ctx: ExtractContext, call: Call) -> Value:
    """``tf.Session()``: a TF1 graph, and, spelled so (not ``tf.compat.v1``), TensorFlow 1, whose
    Keras chose what ``"accuracy"`` means by the loss."""
    ctx.record(GraphApi(ctx.evidence(call.node)))
    if isinstance(call.node.func, cst.Attribute) and not _compat_spelling(call.node.func):
        ctx.record(LegacySpelling(ctx.evidence(call.node.func), TT.LAST_TF1, kind="call"))
    return ApiObject(call.qualname)


def _compat_spelling(func: cst.Attribute) -> bool:
    """``tf.compat.v1.Session``: TF1's API as TensorFlow 2 keeps it."""
    node: cst.BaseExpression = func
    while isinstance(node, cst.Attribute):
        if node.attr.value == "compat":
            return True
        node = node.value
    return False


def _mnist(ctx: ExtractContext, call: Call) -> Value:
    """``input_data.read_data_sets("MNIST_data", one_hot=True)``: its labels' encoding."""
    one_hot = const_flag(call.arg(2, "one_hot", Const(False)))
    if one_hot is None:
        return UNKNOWN
    evidence = ctx.evidence(call.node)
    found = (Labels("onehot", evidence, 10, n_evidence=evidence, rank=2, dtype="float")
             if one_hot else Labels("index", evidence, 10, n_evidence=evidence, rank=1,
                                    dtype="uint8"))
    return ApiObject(TT.MNIST, (("labels", LabelArray(found)),))


def _is_mnist(value: Value) -> bool:
    return isinstance(value, ApiObject) and value.qualname == TT.MNIST


def _attributes(ctx: ExtractContext, owner: Value, attr: str,
                node: cst.BaseExpression) -> Value | None:
    """``mnist.train`` is the data set's split; ``mnist.test.labels`` its labels;
    ``info.features`` a tfds data set's features."""
    if isinstance(owner, ApiObject) and owner.qualname == TT.TFDS_INFO and attr == TT.TFDS_FEATURES:
        return owner.kwarg(attr)
    if _is_mnist(owner):
        assert isinstance(owner, ApiObject)
        return owner if attr in TT.MNIST_SPLITS else owner.kwarg(attr) if attr == "labels" else None
    return None


def _methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> MethodResult | Value | None:
    receiver, name = method.receiver, method.name
    if _is_mnist(receiver) and name == "next_batch":
        assert isinstance(receiver, ApiObject)
        return Seq((UNKNOWN, receiver.kwarg("labels")))
    if isinstance(receiver, ApiObject) and receiver.qualname in TT.SESSIONS and name == "run":
        _record_feeds(ctx, call.arg(1, "feed_dict"))
    if isinstance(receiver, ApiObject) and receiver.qualname == TT.STRATEGY:
        return _distributed(ctx, name, call)
    if isinstance(receiver, ApiObject) and receiver.qualname == TT.ESTIMATOR and (
            name in TT.ESTIMATOR_RUNS):
        slot = TT.ESTIMATOR_RUNS[name]
        _run_model_fn(ctx, receiver.kwarg("model_fn"), call.arg(slot.index, slot.name), name)
    return None


def _distributed(ctx: ExtractContext, name: str, call: Call) -> Value | None:
    """``strategy.run(step_fn, args=(batch,))``: the step function on those arguments (a
    replica's share of the batch is a batch); ``strategy.experimental_distribute_dataset(ds)``:
    the same batches (from a function: what it makes of an input context not known)."""
    if name == "run":
        fn, args, kwargs = (call.arg(slot.index, slot.name) for slot in TT.STRATEGY_RUN)
        if not isinstance(fn, Function) or call.has_star_args:
            return UNKNOWN
        given = args.items if isinstance(args, Seq) else ()
        named = {k: v for k, v in kwargs.items if isinstance(k, str)} if isinstance(
            kwargs, Dict) else {}
        return ctx.run_function(fn, given, named)
    if name in TT.DISTRIBUTED_DATASETS and call.args and not call.has_star_args:
        dataset = call.args[0]
        return ctx.run_function(dataset, (UNKNOWN,)) if isinstance(dataset, Function) else dataset
    return None


def _csv_batches(ctx: ExtractContext, call: Call) -> Value:
    """``make_csv_dataset(path, batch_size, label_name="label")``: (features, labels)
    batches, the labels of a column not known here (without a label name: features only)."""
    slot = TT.CSV_DATASETS[call.qualname]
    if not call.has(slot.index, slot.name):
        return Dataset(None, ctx.evidence(call.node), width=1)
    return Dataset(Labels("unknown", ctx.evidence(call.node)), ctx.evidence(call.node))


def _strategy(ctx: ExtractContext, call: Call) -> Value:
    """``tf.distribute.MirroredStrategy()``: a strategy (see :func:`_distributed`)."""
    return ApiObject(TT.STRATEGY)


def _estimator(ctx: ExtractContext, call: Call) -> Value:
    """``tf.estimator.Estimator(model_fn=model_fn)``: its model function, for train()."""
    slot = TT.ESTIMATOR_MODEL_FN
    return ApiObject(call.qualname, (("model_fn", call.arg(slot.index, slot.name)),))


def _input_function(ctx: ExtractContext, call: Call) -> Value:
    """``numpy_input_fn(x={"x": x_train}, y=y_train)``: an input function of those labels."""
    slot = TT.INPUT_FUNCTIONS[call.qualname]
    labels = labels_of(call.arg(slot.index, slot.name))
    return Dataset(labels) if labels is not None else UNKNOWN


def _run_model_fn(ctx: ExtractContext, model_fn: Value, input_fn: Value, mode: str) -> None:
    """``estimator.train(input_fn=...)``: the model function runs on the labels the input
    function gives (an input function of the user's runs first; ``lambda: ...`` too)."""
    if isinstance(input_fn, Function):
        input_fn = ctx.run_function(input_fn, ())
    batch = labels.iterate_dataset(ctx, input_fn)
    if isinstance(model_fn, Function) and isinstance(batch, Seq):
        ctx.run_function(model_fn, (UNKNOWN, batch.items[-1], Const(mode)))


def _record_feeds(ctx: ExtractContext, feed_dict: Value) -> None:
    """``sess.run(train_op, feed_dict={x: xs, y_: ys})``: ``y_`` holds what ``ys`` is."""
    if not isinstance(feed_dict, Mapping):
        return
    for key, value in feed_dict.pairs:
        if (isinstance(key, LabelArray) and key.labels.evidence is not None
                and isinstance(value, LabelArray) and value.labels.encoding != "unknown"):
            ctx.record(Feed(key.labels.evidence, value.labels))


def _generated(ctx: ExtractContext, call: Call) -> Value:
    """``tf.data.Dataset.from_generator(gen, output_signature=...)``: the (x, y) batches that
    ``gen`` yields (a dataset of its labels)."""
    slot = TT.GENERATOR_DATASETS[call.qualname]
    generator = call.arg(slot.index, slot.name)
    if not isinstance(generator, Function):
        return UNKNOWN
    given = call.kwargs.get("args")
    made = ctx.run_function(generator, given.items if isinstance(given, Seq) else ())
    if isinstance(made, Dataset) and made.labels is not None and made.labels.encoding != "unknown":
        return made
    declared = _declared_pair(ctx, call)
    return declared if declared is not None else made if isinstance(made, Dataset) else UNKNOWN


def _declared_pair(ctx: ExtractContext, call: Call) -> Dataset | None:
    """The (x, y) items ``from_generator`` is told to expect: ``output_signature=(spec,
    TensorSpec(shape=(), dtype=tf.int32))``, or ``output_types`` and ``output_shapes``."""
    signature = call.kwargs.get(TT.GENERATOR_SIGNATURE)
    types, shapes = call.kwargs.get(TT.GENERATOR_TYPES), call.kwargs.get(TT.GENERATOR_SHAPES)
    if isinstance(signature, Seq) and len(signature.items) == 2:
        spec = signature.items[1]
    elif isinstance(types, Seq) and isinstance(shapes, Seq) and len(types.items) == 2 == len(
            shapes.items):
        spec = ApiObject(TT.TENSOR_SPEC, (("shape", shapes.items[1]), ("dtype", types.items[1])))
    else:
        return None
    labels = _declared(ctx, spec, call.node)
    return Dataset(labels.labels, ctx.evidence(call.node)) if isinstance(labels, LabelArray) \
        else None


def _tensor_spec(ctx: ExtractContext, call: Call) -> Value:
    """``tf.io.FixedLenFeature([], tf.int64)``, ``tf.TensorSpec(shape=(), dtype=tf.int32)``."""
    shape, dtype = (call.arg(slot.index, slot.name) for slot in TT.TENSOR_SPECS[call.qualname])
    return ApiObject(TT.TENSOR_SPEC, (("shape", shape), ("dtype", dtype)))


def _declared(ctx: ExtractContext, spec: Value, node: cst.CSTNode) -> Value:
    """What a tensor so declared holds: a scalar of an integer dtype is one class number a
    sample ((N,) batched); anything else is not known."""
    if not isinstance(spec, ApiObject) or spec.qualname != TT.TENSOR_SPEC:
        return UNKNOWN
    shape, dtype = spec.kwarg("shape"), ctx.dtype_of(spec.kwarg("dtype"))
    scalar = isinstance(shape, Seq) and not shape.items or shape == Const(())
    if not scalar or dtype not in INTEGER_DTYPES:
        return UNKNOWN
    return LabelArray(Labels("index", ctx.evidence(node), rank=1, dtype=dtype))


def _parsed_example(ctx: ExtractContext, call: Call) -> Value:
    """``tf.io.parse_single_example(record, {"label": tf.io.FixedLenFeature([], tf.int64),
    ...})``: a dict of the features, each as declared."""
    slot = TT.PARSE_EXAMPLES[call.qualname]
    features = call.arg(slot.index, slot.name)
    if not isinstance(features, Dict):
        return UNKNOWN
    return Dict(tuple((key, _declared(ctx, spec, call.node)) for key, spec in features.items))


def hooks() -> Hooks:
    h = array_hooks(TT.ARRAYS)
    h.on(TT.LOSS_FUNCTIONS, loss_function_handler(TT.LOSS_FUNCTIONS))
    h.on(TT.METRIC_CALLS, decoders.metric_function_handler(TT.METRIC_CALLS))
    h.on(TT.LAYERS, layer_handler(TT.LAYERS))
    h.on(TT.PAIR_DATASETS, labels.dataset_of_pair)
    h.on(TT.ZIPPED_DATASETS, labels.zipped_datasets)
    h.on([TT.ESTIMATOR], _estimator)
    h.on(TT.INPUT_FUNCTIONS, _input_function)
    h.on(TT.RECORD_DATASETS, labels.dataset_of_records)
    h.on(TT.CSV_DATASETS, _csv_batches)
    h.on(TT.GENERATOR_DATASETS, _generated)
    h.on(TT.TENSOR_SPECS, _tensor_spec)
    h.on([TT.TENSOR_SHAPE], lambda ctx, call: call.arg(0, "dims"))
    h.on(TT.PARSE_EXAMPLES, _parsed_example)
    h.on(TT.ITERATORS, labels.one_shot_iterator)
    h.on(TT.PLACEHOLDERS, _placeholder)
    h.on(TT.SESSIONS, _session)
    h.on(TT.STRATEGIES, _strategy)
    h.on([TT.MNIST], _mnist)
    h.on([TT.TFDS_LOAD], _tfds_load)
    h.on([TT.TFDS_AS_NUMPY], labels.passthrough_first)
    h.attributes.append(_attributes)
    h.methods.append(_methods)
    h.dtypes.update(TT.DTYPES)
    return h
